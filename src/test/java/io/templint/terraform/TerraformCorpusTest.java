package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.terraform.source.TemplateSource;
import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Second check against Terraform's own configuration test data ({@code ../shared/corpus/terraform/configs}):
 * valid files and modules load without errors; files Terraform rejects give a diagnostic on the line
 * their {@code # ERROR:} / {@code # WARNING:} comment marks.
 */
class TerraformCorpusTest {

    private static final Pattern MARKER = Pattern.compile("#\\s*(ERROR|WARNING):\\s*(.*)$");

    private static Path testdata() {
        return SharedCorpus.require("corpus/terraform/configs/internal/configs/testdata");
    }

    private static ModuleTree loadFile(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return TemplateLoader.load(TemplateSource.files(file.getFileName().toString(),
            Map.of(file.getFileName().toString(), bytes)), LoadOptions.DEFAULTS);
    }

    private static List<Path> list(Path dir, boolean dirs) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> dirs ? Files.isDirectory(p) : TemplateLoader.isConfigFile(p.toString()))
                .sorted().toList();
        }
    }

    @Test
    void validFilesLoadWithoutErrors() throws Exception {
        List<String> failures = new ArrayList<>();
        List<Path> files = list(testdata().resolve("valid-files"), false);
        for (Path f : files) {
            for (Diagnostic d : loadFile(f).diagnostics()) {
                // Terraform's tests only load these files; references to objects declared in other
                // test files are errors of validation, which templint reports as Terraform would
                if (d.isError() && !d.summary().startsWith("Reference to undeclared")) {
                    failures.add(f.getFileName() + ": " + d);
                }
            }
        }
        System.out.println("valid-files: " + files.size() + " files, " + failures.size() + " error diagnostics");
        assertThat(failures).isEmpty();
    }

    @Test
    void validModulesLoadWithoutErrors() throws Exception {
        List<String> failures = new ArrayList<>();
        List<Path> dirs = list(testdata().resolve("valid-modules"), true);
        for (Path dir : dirs) {
            ModuleTree tree = TemplateLoader.load(TemplateSource.directory(dir.getFileName().toString(), dir),
                LoadOptions.DEFAULTS);
            for (Diagnostic d : tree.root().diagnostics()) {
                if (d.isError()) {
                    failures.add(dir.getFileName() + ": " + d);
                }
            }
        }
        System.out.println("valid-modules: " + dirs.size() + " modules, " + failures.size() + " error diagnostics");
        assertThat(failures).isEmpty();
    }

    /**
     * Every file of invalid-files is rejected by Terraform, and each can be judged from the file alone
     * (the provider references need no schema: {@code provider = my_test} is an invalid local name).
     */
    @Test
    void invalidFilesGiveErrors() throws Exception {
        List<Path> files = list(testdata().resolve("invalid-files"), false);
        List<String> accepted = new ArrayList<>();
        for (Path f : files) {
            if (loadFile(f).diagnostics().stream().noneMatch(Diagnostic::isError)) {
                accepted.add(f.getFileName().toString());
            }
        }
        System.out.printf("invalid-files: %d of %d rejected with an error; accepted: %s%n",
            files.size() - accepted.size(), files.size(), accepted);
        assertThat(files).hasSize(38);
        assertThat(accepted).as("invalid files loaded without an error").isEmpty();
    }

    /** A marked line: the file, the line, the severity and the summary Terraform gives. */
    private record Marker(String file, int line, String severity, String summary) { }

    @Test
    void rejectedFilesAreFlaggedOnTheMarkedLine() throws Exception {
        Path root = testdata();
        int markers = 0;
        int matched = 0;
        int summaryMatched = 0;
        List<String> missed = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (String folder : List.of("error-files", "warning-files")) {
            for (Path f : list(root.resolve(folder), false)) {
                List<Marker> expected = markers(f);
                List<Diagnostic> diags = loadFile(f).diagnostics();
                for (Marker m : expected) {
                    markers++;
                    Diagnostic hit = diags.stream()
                        .filter(d -> d.subject() != null && d.subject().startLine() == m.line()
                            && d.severity().label().equalsIgnoreCase(m.severity()))
                        .findFirst().orElse(null);
                    if (hit == null) {
                        missed.add(folder + "/" + m.file() + ":" + m.line() + " " + m.severity() + ": " + m.summary());
                    } else {
                        matched++;
                        if (hit.summary().equals(m.summary())) {
                            summaryMatched++;
                        }
                    }
                }
                for (Diagnostic d : diags) {
                    if (d.subject() != null && expected.stream().noneMatch(m -> m.line() == d.subject().startLine())) {
                        extra.add(folder + "/" + f.getFileName() + ": " + d);
                    }
                }
            }
        }
        System.out.printf("error-files + warning-files: %d of %d marked diagnostics found on the marked line"
            + " (%.1f%%), %d with Terraform's exact summary; %d unmarked diagnostics%n",
            matched, markers, 100.0 * matched / markers, summaryMatched, extra.size());
        missed.forEach(m -> System.out.println("  missed: " + m));
        extra.forEach(m -> System.out.println("  unmarked: " + m));
        assertThat(markers).isGreaterThan(0);
        // Terraform's own test of these files stops before the module-level duplicate checks; the
        // duplicates reported here are real (destroy-provisioners.tf declares null_resource.b twice)
        assertThat(extra).allMatch(d -> d.contains(": error: Duplicate "));
        assertThat(matched).isEqualTo(markers);
    }

    private static List<Marker> markers(Path f) throws IOException {
        List<Marker> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (m.find()) {
                out.add(new Marker(f.getFileName().toString(), i + 1, m.group(1), m.group(2).trim()));
            }
        }
        return out;
    }
}
