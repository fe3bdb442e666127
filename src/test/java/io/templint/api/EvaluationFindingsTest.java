package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.templint.eval.EvalLimits;
import io.templint.report.SchemaAssertions;
import io.templint.terraform.LoadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What static evaluation meets becomes findings of rule {@code terraform}, with exact ranges, once
 * each, the same whatever the Coder analysis evaluates: cycles and invalid {@code count} /
 * {@code for_each} (errors, as in Terraform), limits reached and files outside the template
 * (warnings), and nothing for a missing file or an unknown value. Fixtures in
 * {@code testdata/terraform/evaluation}.
 */
class EvaluationFindingsTest {

    private static final Path ROOT = Path.of("testdata/terraform/evaluation");
    private static final String TF = "testdata/terraform/evaluation/";

    /** Analyses a fixture; the JSON report must follow the schema. */
    private static TemplateReport analyze(Templint templint, String fixture) throws TemplintException {
        Report report = templint.analyze(ROOT.resolve(fixture));
        SchemaAssertions.assertValidReport(ReportJson.toJson(report));
        return report.templates().get(0);
    }

    private static List<Finding> terraform(TemplateReport t) {
        return t.diagnostics().stream().filter(f -> f.rule().equals("terraform")).toList();
    }

    @Test
    void cyclesAreErrorsAtTheValueThatStartsThem() throws Exception {
        List<Finding> found = terraform(analyze(Templint.create(), "cycles"));
        assertThat(found).extracting(Finding::severity, Finding::file, Finding::line, Finding::column,
                Finding::endLine, Finding::endColumn)
            .containsExactly(
                tuple(Severity.ERROR, TF + "cycles/main.tf", 2, 3, 2, 28),
                tuple(Severity.ERROR, TF + "cycles/main.tf", 9, 12, 9, 28));
        assertThat(found.get(0).message()).isEqualTo("Cycle in local values; The value of local.unused_a depends on"
            + " itself: local.unused_a -> local.unused_b -> local.unused_a.");
        assertThat(found.get(1).message()).startsWith("Reference cycle; The value of module.left.var.in depends on"
            + " itself: module.left.var.in -> module.right.output.out -> ");
    }

    /**
     * Evaluation is lazy, but every named value is computed before the Coder analysis runs, in
     * source order: a cycle is found whether or not a Coder resource reads it, at the same value.
     */
    @Test
    void findingsDoNotDependOnWhatTheCoderAnalysisReads() throws Exception {
        String locals = "locals {\n  a = local.b\n  b = \"${local.a}x\"\n}\n";
        String agent = "resource \"coder_agent\" \"main\" {\n  os   = \"linux\"\n  arch = \"amd64\"\n"
            + "  env  = { B = local.b }\n}\n";
        List<Finding> unread = terraform(analyzeFiles(Templint.create(), "main.tf", locals));
        List<Finding> read = terraform(analyzeFiles(Templint.create(), "main.tf", locals + agent));
        List<Finding> readFirst = terraform(analyzeFiles(Templint.create(), "agent.tf", agent, "main.tf", locals));
        assertThat(unread).hasSize(1).first().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).contains("local.a -> local.b -> local.a");
        });
        assertThat(read).usingRecursiveFieldByFieldElementComparator().isEqualTo(unread);
        assertThat(readFirst).extracting(Finding::line, Finding::message)
            .containsExactly(tuple(2, unread.get(0).message()));
        assertThat(terraform(analyzeFiles(Templint.create(), "main.tf", locals + agent)))
            .usingRecursiveFieldByFieldElementComparator().isEqualTo(read);
    }

    @Test
    void filesOutsideTheTemplateAreWarningsAndMissingFilesAreNothing() throws Exception {
        // the fixture is its own root, whatever repository holds the checkout
        TemplateReport t = analyze(Templint.builder().moduleRoot(ROOT.resolve("files")).build(), "files");
        List<Finding> found = terraform(t);
        assertThat(found).extracting(Finding::severity, Finding::line, Finding::column, Finding::endColumn)
            .containsExactly(
                tuple(Severity.WARNING, 2, 20, 38),
                tuple(Severity.WARNING, 3, 20, 33),
                tuple(Severity.WARNING, 4, 24, 39),
                tuple(Severity.WARNING, 21, 31, 52));
        assertThat(found).extracting(Finding::message).allSatisfy(m -> assertThat(m)
            .startsWith("File outside the template not read; ").contains("did not read", "Terraform reads files"));
        assertThat(found.get(0).message()).contains("\"../../etc/passwd\"");
        assertThat(found.get(3).message()).contains("templatefile", "\"/opt/setup.sh.tftpl\"");
        assertThat(t.agents().get(0).env()).extracting(EnvEntry::name, EnvEntry::value)
            .containsExactly(tuple("A", null), tuple("B", null));
    }

    @Test
    void invalidCountAndForEachAreTerraformsErrorsAndHugeOnesAWarning() throws Exception {
        List<Finding> found = terraform(analyze(Templint.create(), "count"));
        assertThat(found).extracting(Finding::severity, Finding::line, Finding::column, Finding::endColumn,
                f -> f.message().substring(0, f.message().indexOf(';')))
            .containsExactly(
                tuple(Severity.WARNING, 6, 14, 17, "Too many instances to analyse"),
                tuple(Severity.ERROR, 12, 14, 16, "Invalid count argument"),
                tuple(Severity.ERROR, 18, 14, 17, "Invalid count argument"),
                tuple(Severity.ERROR, 24, 14, 20, "Incorrect value type"),
                tuple(Severity.ERROR, 30, 14, 18, "Invalid count argument"),
                tuple(Severity.ERROR, 36, 14, 24, "Invalid for_each argument"),
                tuple(Severity.ERROR, 42, 14, 27, "Invalid for_each set argument"),
                tuple(Severity.WARNING, 48, 14, 58, "Too many instances to analyse"),
                tuple(Severity.ERROR, 78, 12, 14, "Invalid count argument"));
        assertThat(found.get(0).message()).contains("coder_app.billion is 1000000000", "10000 instances",
            "LoadOptions.maxInstances", "not expand");
        assertThat(found.get(1).message()).endsWith("must be greater than or equal to zero.");
        assertThat(found.get(2).message()).contains("must be a whole number");
        assertThat(found.get(4).message()).contains("is null. An integer is required.");
        assertThat(found.get(5).message()).contains("a value of type tuple");
        assertThat(found.get(6).message()).contains("a set containing type number");
        assertThat(found.get(7).message()).contains("coder_app.huge_set has 20000 elements");
    }

    /**
     * Types as Terraform computes them: conditionals, coalesce and concat unify their results, so
     * none of those for_each values is an error; a tuple still is; a tuple templint only estimates
     * (a resource argument before the provider's schema converts it, a value computed from a
     * parameter's default) is a warning; HCL's conditional error in a default is Terraform's error.
     */
    @Test
    void unifiedTypesAreNoErrorAndEstimatedTypesOnlyAWarning() throws Exception {
        TemplateReport report = analyze(Templint.create(), "types");
        List<Finding> found = terraform(report);
        assertThat(found).extracting(Finding::severity, Finding::line, Finding::column, Finding::endColumn,
                f -> f.message().substring(0, f.message().indexOf(';')))
            .containsExactly(
                tuple(Severity.ERROR, 74, 14, 19, "Invalid for_each argument"),
                tuple(Severity.WARNING, 91, 14, 53, "Invalid for_each argument"),
                tuple(Severity.WARNING, 104, 14, 60, "Invalid for_each argument"),
                // HCL's subject: from the true result to the false result
                tuple(Severity.ERROR, 111, 20, 28, "Inconsistent conditional result types"),
                // a child module's output: estimated when it is a resource argument, exact when a tuple
                tuple(Severity.WARNING, 119, 14, 44, "Invalid for_each argument"),
                tuple(Severity.ERROR, 125, 14, 34, "Invalid for_each argument"),
                // an unknown bool: the type alone is Terraform's error
                tuple(Severity.ERROR, 136, 14, 22, "Incorrect value type"));
        assertThat(found.get(3).message()).isEqualTo("Inconsistent conditional result types; The true and false"
            + " result expressions must have consistent types. The 'true' value is string, but the 'false' value"
            + " is object.");
        assertThat(found.get(0).message()).isEqualTo("Invalid for_each argument; The given \"for_each\" argument"
            + " value is unsuitable: the \"for_each\" argument must be a map, or set of strings, and you have"
            + " provided a value of type tuple.");
        assertThat(found.get(1).message()).contains("a value of type tuple.",
            "templint computed this value from aws_instance.web", "Terraform may accept the real value");
        assertThat(found.get(2).message()).contains("from data.coder_parameter.regions");
        assertThat(found.get(4).message()).contains("from module.network.aws_instance.web");
        assertThat(found.get(6).message()).isEqualTo("Incorrect value type; Invalid expression value: number"
            + " required, but have bool.");
    }

    @Test
    void aSensitiveForEachIsTerraformsErrorButASensitiveCountOrSensitiveValuesInsideAMapAreNot() throws Exception {
        String tf = """
            variable "replicas" {
              type      = number
              default   = 2
              sensitive = true
            }
            variable "names" {
              type      = set(string)
              default   = ["a"]
              sensitive = true
            }
            variable "token" {
              type      = string
              default   = "t"
              sensitive = true
            }
            resource "coder_app" "counted" {
              count = var.token != "" ? var.replicas : 0
              slug  = "c-${count.index}"
            }
            resource "coder_app" "each" {
              for_each = var.names
              slug     = each.key
            }
            resource "coder_app" "map" {
              for_each = { a = var.token }
              slug     = each.key
            }
            """;
        List<Finding> found = terraform(analyzeFiles(Templint.create(), "main.tf", tf));
        assertThat(found).extracting(Finding::severity, Finding::line,
                f -> f.message().substring(0, f.message().indexOf(';')))
            .containsExactly(tuple(Severity.ERROR, 21, "Invalid for_each argument"));
        assertThat(found.get(0).message()).contains("Sensitive values, or values derived from sensitive values, cannot"
            + " be used as for_each arguments");
    }

    @Test
    void aCountWithAHugeExponentIsInvalidAsInTerraformAndCostsNothing() throws Exception {
        String tf = "resource \"coder_app\" \"a\" {\n  count = 3e999999999\n  slug  = \"a\"\n}\n"
            + "resource \"coder_app\" \"b\" {\n  count = 3e15\n  slug  = \"b\"\n}\n";
        assertThat(terraform(analyzeFiles(Templint.create(), "main.tf", tf)))
            .extracting(f -> f.message().substring(0, f.message().indexOf(';')))
            .containsExactly("Invalid count argument", "Too many instances to analyse");
        assertThat(terraform(analyzeFiles(Templint.create(), "main.tf", tf)).get(1).message())
            .contains("coder_app.b is 3000000000000000, more than the 10000");
    }

    @Test
    void theInstanceLimitIsAnOption() throws Exception {
        String tf = "resource \"coder_app\" \"a\" {\n  count = 6\n  slug  = \"a-${count.index}\"\n}\n";
        assertThat(terraform(analyzeFiles(Templint.create(), "main.tf", tf))).isEmpty();
        Templint six = Templint.builder().loadOptions(LoadOptions.DEFAULTS.withMaxInstances(6)).build();
        assertThat(terraform(analyzeFiles(six, "main.tf", tf))).as("the limit itself is allowed").isEmpty();
        Templint five = Templint.builder().loadOptions(LoadOptions.DEFAULTS.withMaxInstances(5)).build();
        assertThat(terraform(analyzeFiles(five, "main.tf", tf))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("is 6, more than the 5 instances templint expands");
        });
        assertThat(LoadOptions.DEFAULTS.maxInstances()).isEqualTo(10_000);
    }

    @Test
    void limitsReachedAreOneWarningEachSayingTheAnalysisIsIncomplete() throws Exception {
        StringBuilder tf = new StringBuilder("locals {\n  big = length([for i in range(50000) : i])\n");
        for (int i = 0; i < 8; i++) {
            tf.append("  small").append(i).append(" = length([for i in range(2000) : i])\n");
        }
        tf.append("}\n");
        Templint small = Templint.builder()
            .loadOptions(LoadOptions.DEFAULTS.withEvalLimits(EvalLimits.DEFAULTS.withMaxSteps(10_000))).build();
        List<Finding> found = terraform(analyzeFiles(small, "main.tf", tf.toString()));
        assertThat(found).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.WARNING);
        assertThat(found.get(0).line()).isEqualTo(2);
        assertThat(found.get(1).line()).as("the small value at which the budget ran out").isBetween(3, 10);
        assertThat(found.get(0).message()).startsWith("Evaluation limit reached; Evaluating this expression takes"
            + " more than 10000 steps").contains("analysis of this template is incomplete");
        assertThat(found.get(1).message()).contains("20000 steps in all", "analysis of this template is incomplete");
    }

    @Test
    void chainsTooLongToFollowAreAWarning() throws Exception {
        StringBuilder tf = new StringBuilder("locals {\n");
        for (int i = 0; i < 150; i++) {
            tf.append("  v").append(i).append(" = local.v").append(i + 1).append("\n");
        }
        tf.append("  v150 = 1\n}\n");
        List<Finding> found = terraform(analyzeFiles(Templint.create(), "main.tf", tf.toString()));
        assertThat(found).isNotEmpty().allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).startsWith("Evaluation too deep; ").contains("incomplete");
        });
    }

    @Test
    void aCleanTemplateWithUnknownValuesAndAMissingScriptHasNoTerraformFinding() throws Exception {
        TemplateReport t = analyze(Templint.create(), "clean");
        assertThat(t.diagnostics()).isEmpty();
        assertThat(t.task().capable()).isTrue();
    }

    private static TemplateReport analyzeFiles(Templint templint, String... pathsAndTexts) throws TemplintException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        Report report = templint.analyze(files, "t");
        SchemaAssertions.assertValidReport(ReportJson.toJson(report));
        return report.templates().get(0);
    }
}
