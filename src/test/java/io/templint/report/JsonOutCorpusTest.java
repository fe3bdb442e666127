package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.templint.api.Input;
import io.templint.api.Report;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.hardening.TemplateFolders;
import io.templint.hcl.Hcl;
import io.templint.hcl.SourceFile;
import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link JsonOut} writes exactly Jackson's text ({@link Json#writePretty}) for the check report of
 * every template folder of the corpus (every folder directly holding a {@code .tf} file) and for
 * the parse report of its files. One dynamic test per corpus area; a missing area is skipped
 * (counted) or fails, as {@link SharedCorpus} says.
 */
class JsonOutCorpusTest {

    private static final List<String> AREAS = List.of("corpus/terraform/all-tf", "corpus/terraform/configs",
        "corpus/bench/aws-modules", "corpus/coder");

    @TestFactory
    Stream<DynamicNode> everyFolderOfTheCorpus() {
        Templint templint = Templint.builder().moduleCatalog(true).parallelism(2).build();
        return AREAS.stream().flatMap(area -> SharedCorpus.dynamicTests(area,
            root -> Stream.of(dynamicTest(area, () -> compareUnder(templint, root)))));
    }

    private static void compareUnder(Templint templint, Path root) throws Exception {
        List<Path> folders = TemplateFolders.under(root);
        assertThat(folders).isNotEmpty();
        List<Input> inputs = folders.stream().map(Input::folder).toList();
        Report all = templint.analyze(inputs);
        assertThat(all.templates()).hasSameSizeAs(folders);
        List<String> differ = new ArrayList<>();
        int findings = 0;
        for (TemplateReport t : all.templates()) {
            Report one = templint.report(List.of(t));
            if (!JsonOutTest.ours(one).equals(JsonOutTest.jackson(one))) {
                differ.add("check " + t.path());
            }
            findings += t.diagnostics().size();
        }
        assertThat(JsonOutTest.ours(all)).isEqualTo(JsonOutTest.jackson(all));

        List<ParseReport.FileResult> parsed = new ArrayList<>();
        for (Path folder : folders) {
            List<ParseReport.FileResult> files = new ArrayList<>();
            try (Stream<Path> list = Files.list(folder)) {
                for (Path f : list.filter(p -> p.toString().endsWith(".tf") || p.toString().endsWith(".tf.json"))
                    .sorted().toList()) {
                    SourceFile source = new SourceFile(f.toString(), Files.readAllBytes(f));
                    files.add(SyntaxFindings.parseResult(Hcl.parse(source), source.name()));
                }
            }
            ParseReport report = new ParseReport(files);
            if (!JsonOutTest.ours(report).equals(JsonOutTest.jackson(report))) {
                differ.add("parse " + folder);
            }
            parsed.addAll(files);
        }
        ParseReport whole = new ParseReport(parsed);
        assertThat(JsonOutTest.ours(whole)).isEqualTo(JsonOutTest.jackson(whole));
        assertThat(differ).as("reports whose JSON differs from Jackson's").isEmpty();
        System.out.printf("JsonOutCorpusTest: %s: %d folders, %d findings, %d files parsed, same JSON%n",
            root, folders.size(), findings, parsed.size());
    }
}
