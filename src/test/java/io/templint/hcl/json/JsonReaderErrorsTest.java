package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Attribute;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every malformed input is exactly one diagnostic at the right place, never an exception. */
class JsonReaderErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        empty.tf.json                  | Empty JSON file               | 1 | 1
        whitespace.tf.json             | Empty JSON file               | 3 | 1
        native-syntax.tf.json          | Invalid JSON                  | 1 | 1
        trailing-comma.tf.json         | Invalid JSON                  | 2 | 21
        unclosed.tf.json               | Unclosed object               | 3 | 22
        bad-keyword.tf.json            | Invalid JSON                  | 2 | 19
        extraneous.tf.json             | Extraneous data after value   | 2 | 1
        extra-brace.tf.json            | Invalid JSON                  | 3 | 2
        top-level-string.tf.json       | Incorrect JSON value type     | 1 | 1
        top-level-array-element.tf.json| Incorrect JSON value type     | 1 | 24
        resource-number.tf.json        | Incorrect JSON value type     | 2 | 15
        label-not-object.tf.json       | Incorrect JSON value type     | 2 | 32
        missing-label.tf.json          | Missing block label           | 2 | 15
        module-body-number.tf.json     | Incorrect JSON value type     | 3 | 19
        body-array-element.tf.json     | Incorrect JSON value type     | 2 | 17
        locals-not-object.tf.json      | Incorrect JSON value type     | 2 | 14
        duplicate-argument.tf.json     | Duplicate argument            | 4 | 5
        duplicate-local.tf.json        | Duplicate attribute definition| 4 | 5
        bom.tf.json                    | Unexpected byte order mark    | 1 | 1
        invalid-utf8.tf.json           | Invalid UTF-8                 | 2 | 21
        utf16.tf.json                  | Invalid JSON                  | 1 | 2
        number-out-of-range.tf.json    | Invalid JSON number           | 2 | 21
        """)
    void malformedFileGivesOneDiagnostic(String name, String summary, int line, int column) {
        HclFile file = JsonFixtures.read("invalid/" + name);

        assertThat(file.diagnostics()).hasSize(1);
        Diagnostic d = file.diagnostics().get(0);
        assertThat(d.isError()).isTrue();
        assertThat(d.summary()).isEqualTo(summary);
        assertThat(d.subject()).isNotNull();
        assertThat(d.subject().filename()).isEqualTo(name);
        assertThat(d.subject().startLine()).as("line").isEqualTo(line);
        assertThat(d.subject().startColumn()).as("column").isEqualTo(column);
        assertThat(d.detail()).isNotBlank();
    }

    @Test
    void duplicateArgumentKeepsTheFirst() {
        HclFile file = JsonFixtures.read("invalid/duplicate-argument.tf.json");

        Attribute count = file.body().blocks("resource").get(0).body().attribute("count");
        assertThat(TreeDump.kind(count.expression())).isEqualTo("1");
        assertThat(file.body().blocks("resource").get(0).body().attributes()).hasSize(1);
        assertThat(file.diagnostics().get(0).context().startLine()).isEqualTo(4);
    }

    @Test
    void readablePartOfABrokenFileIsKept() {
        HclFile file = JsonFixtures.read("invalid/unclosed.tf.json");

        assertThat(file.body().blocks("resource")).hasSize(1);
        assertThat(file.body().blocks("resource").get(0).labelValues()).containsExactly("null_resource", "x");
        assertThat(file.body().blocks("resource").get(0).body().attribute("triggers")).isNotNull();
    }

    @Test
    void valueBeforeTrailingGarbageIsKept() {
        HclFile file = JsonFixtures.read("invalid/extra-brace.tf.json");

        assertThat(file.body().blocks("locals")).hasSize(1);
    }

    @Test
    void truncatedLabelLevelIsNotAlsoAMissingLabel() {
        HclFile file = JsonFixtures.text("t.tf.json", "{\"resource\": {");

        assertThat(file.diagnostics()).extracting(Diagnostic::summary).containsExactly("Unclosed object");
    }

    @Test
    void invalidUtf8IsReadAsQuestionMarks() {
        HclFile file = JsonFixtures.read("invalid/invalid-utf8.tf.json");

        Attribute a = file.body().blocks("locals").get(0).body().attribute("a");
        assertThat(TreeDump.kind(a.expression())).isEqualTo("\"x?y\"");
        assertThat(file.body().blocks("locals").get(0).body().attribute("b")).isNotNull();
    }

    @Test
    void byteOrderMarkIsReportedAndTheRestIsRead() {
        HclFile file = JsonFixtures.read("invalid/bom.tf.json");

        Attribute a = file.body().blocks("locals").get(0).body().attribute("a");
        assertThat(a.nameRange().startByte()).isEqualTo(18);
        assertThat(a.nameRange().startColumn()).isEqualTo(14);
    }

    @Test
    void nativeSyntaxGetsAHint() {
        HclFile file = JsonFixtures.read("invalid/native-syntax.tf.json");

        Diagnostic d = file.diagnostics().get(0);
        assertThat(d.detail()).contains("native HCL syntax");
        assertThat(d.subject().endColumn()).isEqualTo(10);
    }

    @Test
    void blockOfWrongKindInsideArrayIsReportedPerElement() {
        HclFile file = JsonFixtures.text("a.tf.json", "{\"variable\": {\"a\": [{}, 1, \"x\"]}}");

        assertThat(file.body().blocks("variable")).hasSize(1);
        assertThat(file.diagnostics()).extracting(Diagnostic::summary)
            .containsExactly("Incorrect JSON value type", "Incorrect JSON value type");
    }

    @Test
    void nonObjectLabelArrayElementsAreReported() {
        HclFile file = JsonFixtures.text("a.tf.json", "{\"output\": [{\"a\": {}}, true]}");

        assertThat(file.body().blocks("output")).hasSize(1);
        List<Diagnostic> d = file.diagnostics();
        assertThat(d).hasSize(1);
        assertThat(d.get(0).detail()).contains("name labels");
    }

    @Test
    void nullLabelLevelIsAMissingLabel() {
        HclFile file = JsonFixtures.text("a.tf.json", "{\"resource\": null}");

        assertThat(file.diagnostics()).extracting(Diagnostic::summary).containsExactly("Missing block label");
    }
}
