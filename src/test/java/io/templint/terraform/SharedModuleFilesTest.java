package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Input;
import io.templint.api.LocalModuleCalls;
import io.templint.api.ReportJson;
import io.templint.api.Templint;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.terraform.source.TemplateSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Module files that several templates read from outside their folder are parsed once per run:
 * the same tree for the same name and bytes, a fresh parse when either differs, never more source
 * held than the capacity, and the reports of a run the same as with a cache-less run.
 */
class SharedModuleFilesTest {

    @TempDir
    Path tmp;

    private static final String ROOT_MODULE = """
        variable "name" {
          type = string
        }
        resource "coder_agent" "main" {
          os   = "linux"
          arch = "amd64"
          env = {
            GIT_AUTHOR_NAME = var.name
          }
        }
        output "id" {
          value = coder_agent.main.id
        }
        """;

    /** repo/.git, the module at repo/, examples a and b each calling ../../ with their own inputs. */
    private Path repository() throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        write(repo.resolve("main.tf"), ROOT_MODULE);
        for (String ex : List.of("a", "b")) {
            write(repo.resolve("examples/" + ex + "/main.tf"), "module \"root\" {\n  source = \"../../\"\n  name   = \""
                + ex.toUpperCase() + "\"\n}\n");
        }
        return repo;
    }

    @Test
    void sameNameAndBytesGetTheTreeParsedBefore() throws Exception {
        Path repo = repository();
        SharedModuleFiles shared = new SharedModuleFiles(ParseOptions.DEFAULTS);
        ModuleTree a = TemplateLoader.load(TemplateSource.of(repo.resolve("examples/a")), LoadOptions.DEFAULTS, shared);
        assertThat(shared.hits()).isZero();
        ModuleTree b = TemplateLoader.load(TemplateSource.of(repo.resolve("examples/b")), LoadOptions.DEFAULTS, shared);
        assertThat(shared.hits()).isEqualTo(1);
        HclFile fromA = moduleFile(a);
        HclFile fromB = moduleFile(b);
        assertThat(fromA.name()).isEqualTo("../../main.tf");
        assertThat(fromB).isSameAs(fromA);
        // the examples' own files are theirs alone: never kept
        assertThat(SharedModuleFiles.shared("main.tf")).isFalse();
    }

    @Test
    void otherBytesUnderTheSameNameAreParsedAgain() {
        SharedModuleFiles shared = new SharedModuleFiles(ParseOptions.DEFAULTS);
        HclFile first = shared.parse("../../main.tf", bytes("locals {\n  a = 1\n}\n"));
        HclFile other = shared.parse("../../main.tf", bytes("locals {\n  a = 2\n}\n"));
        HclFile again = shared.parse("../../main.tf", bytes("locals {\n  a = 1\n}\n"));
        assertThat(other).isNotSameAs(first);
        assertThat(again).isSameAs(first);
        assertThat(shared.hits()).isEqualTo(1);
        HclFile otherName = shared.parse("../x/main.tf", bytes("locals {\n  a = 1\n}\n"));
        assertThat(otherName).isNotSameAs(first);
        assertThat(otherName.body().range().filename()).isEqualTo("../x/main.tf");
    }

    @Test
    void aFolderFileParsedAheadIsHandedOverToTheFoldersLoaderOnce() {
        SharedModuleFiles shared = new SharedModuleFiles(ParseOptions.DEFAULTS);
        byte[] text = bytes("module \"x\" {\n  source = \"./x\"\n}\n");
        HclFile ahead = shared.parseAhead("main.tf", text);
        assertThat(shared.parseAhead("main.tf", text)).as("a second scan of the same file").isSameAs(ahead);
        assertThat(shared.parse("main.tf", bytes("module \"y\" {}\n"))).as("other bytes").isNotSameAs(ahead);
        assertThat(shared.parse("main.tf", text)).isSameAs(ahead);
        assertThat(shared.hits()).isEqualTo(1);
        // handed over: the next template's file of the same name and bytes is parsed anew
        HclFile again = shared.parse("main.tf", text);
        assertThat(again).isNotSameAs(ahead);
        assertThat(again.body()).isEqualTo(ahead.body());
    }

    @Test
    void aRunHandsTheLocalModuleScansParsesToTheAnalyses() throws Exception {
        Path repo = repository();
        Templint templint = Templint.builder().build();
        List<Input> inputs = List.of(Input.folder(repo.resolve("examples/a")), Input.folder(repo.resolve("examples/b")));
        LocalModuleCalls calls = templint.localModuleCalls(inputs);
        assertThat(calls.size()).as("both examples call the root").isEqualTo(1);
        StringBuilder withScan = new StringBuilder();
        StringBuilder alone = new StringBuilder();
        for (Input in : inputs) {
            ReportJson.write(templint.report(List.of(templint.analyzeTemplate(in, calls).report())), withScan);
            ReportJson.write(Templint.builder().build().analyze(List.of(in)), alone);
        }
        assertThat(withScan.toString()).isEqualTo(alone.toString());
    }

    @Test
    void aSharedModulesDefaultCheckIsWorkedOutOnce() throws Exception {
        Path repo = repository();
        Files.writeString(repo.resolve("main.tf"), ROOT_MODULE + "variable \"port\" {\n  type    = number\n"
            + "  default = \"eighty\"\n}\n");
        SharedModuleFiles shared = new SharedModuleFiles(ParseOptions.DEFAULTS);
        List<String> messages = new java.util.ArrayList<>();
        for (String ex : List.of("a", "b")) {
            ModuleTree tree = TemplateLoader.load(TemplateSource.of(repo.resolve("examples/" + ex)), LoadOptions.DEFAULTS,
                shared);
            tree.diagnostics().forEach(d -> messages.add(d.subject().filename() + ": " + d.summary()));
        }
        // both templates report the module's invalid default, the second from the first's check
        assertThat(messages).containsExactly("../../main.tf: Invalid default value for variable",
            "../../main.tf: Invalid default value for variable");
        HclFile file = shared.parse("../../main.tf", Files.readAllBytes(repo.resolve("main.tf")));
        io.templint.hcl.Block port = file.body().blocks("variable").get(1);
        int[] checks = {0};
        java.util.function.Supplier<List<io.templint.hcl.Diagnostic>> check = () -> {
            checks[0]++;
            return List.of();
        };
        assertThat(shared.defaultCheck(port, check)).isNotEmpty();   // kept from the loads above
        assertThat(checks[0]).isZero();
        // a template's own file: checked each time
        HclFile own = shared.parse("main.tf", bytes("variable \"x\" {\n  default = 1\n}\n"));
        shared.defaultCheck(own.body().blocks("variable").get(0), check);
        shared.defaultCheck(own.body().blocks("variable").get(0), check);
        assertThat(checks[0]).isEqualTo(2);
    }

    @Test
    void holdsNoMoreSourceThanItsCapacityDroppingTheLeastRecentlyUsed() {
        String text = "locals {\n  a = 1\n}\n";   // 20 bytes
        SharedModuleFiles shared = new SharedModuleFiles(ParseOptions.DEFAULTS, 2 * text.length());
        HclFile one = shared.parse("../1.tf", bytes(text));
        HclFile two = shared.parse("../2.tf", bytes(text));
        assertThat(shared.parse("../1.tf", bytes(text))).isSameAs(one);   // 1 is now the most recent
        shared.parse("../3.tf", bytes(text));                                 // drops 2
        assertThat(shared.parse("../1.tf", bytes(text))).isSameAs(one);
        assertThat(shared.parse("../2.tf", bytes(text))).isNotSameAs(two);
        // a file larger than the whole capacity is parsed, not kept
        String large = "locals {\n  a = \"" + "x".repeat(100) + "\"\n}\n";
        HclFile big = shared.parse("../big.tf", bytes(large));
        assertThat(shared.parse("../big.tf", bytes(large))).isNotSameAs(big);
    }

    @Test
    void aRunReportsWhatSeparateRunsReport() throws Exception {
        Path repo = repository();
        List<Path> folders = List.of(repo.resolve("examples/a"), repo.resolve("examples/b"), repo);
        Templint one = Templint.builder().build();
        StringBuilder together = new StringBuilder();
        StringBuilder apart = new StringBuilder();
        for (Path folder : folders) {
            ReportJson.write(one.analyze(folder), together);
            ReportJson.write(Templint.builder().build().analyze(folder), apart);
        }
        assertThat(together.toString()).isEqualTo(apart.toString());
        // each example's agent commits with its own name: the shared tree is evaluated per template
        assertThat(together.toString()).contains("\"A\"").contains("\"B\"");
    }

    private static HclFile moduleFile(ModuleTree tree) {
        return tree.modules().values().stream().filter(m -> m.dir().equals("../.."))
            .flatMap(m -> m.files().stream()).findFirst().orElseThrow();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }
}
