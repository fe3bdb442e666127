package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.testkit.SharedCorpus;
import io.templint.terraform.LoadOptions;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.TemplateLoader;
import io.templint.terraform.source.TemplateSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every native-syntax file of the shared corpus (Coder templates, the AWS modules benchmark,
 * Terraform's own configurations), rewritten in JSON syntax by {@link NativeToJson}, loads into the
 * same module model (resources with their meta-arguments, variables, locals, outputs, module calls,
 * diagnostics) as the original: the schema table and the string modes hold on real configurations.
 */
class NativeCorpusAsJsonTest {

    /** Files whose native form has no exact JSON equivalent, so the two load differently by design. */
    private static final Map<String, String> NO_JSON_EQUIVALENT = Map.of(
        "validate-invalid/interpolation/main.tf", "a variable default is a literal in JSON, not an interpolation",
        "duplicate-local-name/main.tf", "a block with a missing label cannot be written in JSON",
        "escaping-blocks/module/module-escaping-block.tf", "a module's nested blocks are arguments in JSON",
        "refresh-dynamic/main.tf", "an argument named \"dynamic\" is a dynamic block in JSON",
        "invalid-files/data-invalid-action-trigger.tf", "an unknown nested block is an argument in JSON",
        "invalid-files/ephemeral-invalid-action_trigger.tf", "an unknown nested block is an argument in JSON");

    private static ModuleTree load(String name, String file, byte[] bytes) throws Exception {
        return TemplateLoader.load(TemplateSource.files(name, Map.of(file, bytes)), LoadOptions.DEFAULTS);
    }

    private static List<String> model(ModuleTree t) {
        List<String> out = new ArrayList<>();
        t.resources().forEach(r -> out.add(r.mode() + " " + r.type() + "." + r.name() + " count=" + (r.count() != null)
            + " for_each=" + (r.forEach() != null) + " depends_on=" + r.dependsOn().size()));
        out.add("variables " + t.root().variables().keySet());
        out.add("locals " + t.root().locals().keySet());
        out.add("outputs " + t.root().outputs().keySet());
        out.add("calls " + t.root().moduleCalls().keySet());
        t.diagnostics().forEach(d -> out.add(d.severity() + " " + d.summary()));
        return out;
    }

    /** The listed exceptions met so far, and the folders compared, to tell a full run. */
    private static final Set<String> EXCEPTIONS_MET = ConcurrentHashMap.newKeySet();
    private static final Set<String> FOLDERS_RUN = ConcurrentHashMap.newKeySet();
    private static final List<String> FOLDERS = List.of("coder", "bench/aws-modules", "terraform/all-tf");

    @ParameterizedTest
    @CsvSource({"coder, 40", "bench/aws-modules, 100", "terraform/all-tf, 1000"})
    void templatesInJsonLoadLikeTheOriginals(String folder, int atLeast) throws Exception {
        Path coder = SharedCorpus.require("corpus/" + folder);
        List<Path> files;
        try (Stream<Path> s = Files.walk(coder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tf")).sorted().toList();
        }

        int compared = 0;
        List<String> mismatches = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (Path p : files) {
            byte[] nativeBytes = Files.readAllBytes(p);
            HclFile nativeFile = io.templint.hcl.Hcl.parse(new SourceFile("main.tf", nativeBytes), ParseOptions.DEFAULTS);
            String unix = p.toString().replace('\\', '/');
            String exception = NO_JSON_EQUIVALENT.keySet().stream().filter(unix::endsWith).findFirst().orElse(null);
            if (nativeFile.hasErrors()) {
                continue;
            }
            byte[] json = NativeToJson.convert(nativeFile).getBytes(StandardCharsets.UTF_8);
            HclFile jsonFile = io.templint.hcl.Hcl.parse(new SourceFile("main.tf.json", json), ParseOptions.DEFAULTS);
            List<String> jsonErrors = jsonFile.diagnostics().stream().filter(Diagnostic::isError)
                .map(Diagnostic::toString).toList();
            List<String> expected = model(load("t", "main.tf", nativeBytes));
            List<String> actual = model(load("t", "main.tf.json", json));
            if (exception != null) {
                // a listed exception must still differ, or the list has gone stale
                EXCEPTIONS_MET.add(exception);
                if (jsonErrors.isEmpty() && expected.equals(actual)) {
                    stale.add(exception + " (" + NO_JSON_EQUIVALENT.get(exception) + ")");
                }
                continue;
            }
            compared++;
            if (!jsonErrors.isEmpty() || !expected.equals(actual)) {
                List<String> missing = new ArrayList<>(expected);
                missing.removeAll(actual);
                List<String> extra = new ArrayList<>(actual);
                extra.removeAll(expected);
                mismatches.add(coder.relativize(p) + ": errors " + jsonErrors + " missing " + missing + " extra " + extra);
            }
        }
        System.out.printf("%s in JSON: %d files compared, %d differ%n", folder, compared, mismatches.size());
        assertThat(compared).isGreaterThan(atLeast);
        assertThat(mismatches).isEmpty();
        assertThat(stale).as("listed in NO_JSON_EQUIVALENT but now loads the same in JSON: remove them").isEmpty();
        FOLDERS_RUN.add(folder);
    }

    @AfterAll
    static void everyListedExceptionIsMet() {
        if (FOLDERS_RUN.containsAll(FOLDERS)) {
            assertThat(EXCEPTIONS_MET).as("NO_JSON_EQUIVALENT names files that no corpus has (without errors)")
                .containsExactlyInAnyOrderElementsOf(NO_JSON_EQUIVALENT.keySet());
        }
    }
}
