package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.terraform.source.TemplateSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local module sources that climb above the template folder: read up to the repository root (the
 * nearest folder holding {@code .git}) or a given root, never beyond (symbolic links included);
 * a source beyond the root is unresolved with a warning, while in an archive or upload it is
 * Terraform's error. The repositories are built in a temporary folder.
 */
class LocalModuleRootTest {

    @TempDir
    Path tmp;

    /** repo/.git, repo/modules/agent, repo/examples/a calling ../../modules/agent and ../../../outside. */
    private Path repository() throws IOException {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        write(repo.resolve("modules/agent/main.tf"), """
            variable "agent_id" {}
            module "helper" {
              source = "../helper"
            }
            resource "coder_env" "token" {
              agent_id = var.agent_id
              name     = "TOKEN"
              value    = file("${path.module}/token.txt")
            }
            """);
        write(repo.resolve("modules/agent/token.txt"), "t0k3n");
        write(repo.resolve("modules/helper/main.tf"), "output \"x\" {\n  value = 1\n}\n");
        write(tmp.resolve("outside/main.tf"), "output \"secret\" {\n  value = 2\n}\n");
        write(repo.resolve("examples/a/main.tf"), """
            resource "coder_agent" "main" {
              os   = "linux"
              arch = "amd64"
            }
            module "agent" {
              source   = "../../modules/agent"
              agent_id = coder_agent.main.id
            }
            module "outside" {
              source = "../../../outside"
            }
            module "again" {
              source = "../../examples/a/../../modules/helper"
            }
            """);
        return repo;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static ModuleTree load(Path dir, Path root) throws Exception {
        return TemplateLoader.load(TemplateSource.directory("a", dir), LoadOptions.DEFAULTS.withModuleRoot(root));
    }

    @Test
    void readsLocalModulesUpToTheRepositoryRoot() throws Exception {
        Path repo = repository();
        ModuleTree tree = load(repo.resolve("examples/a"), null);
        assertThat(tree.modules().keySet()).extracting(ModulePath::toString)
            .containsExactly("", "module.agent", "module.agent.module.helper", "module.again");
        assertThat(tree.module(ModulePath.parse("module.agent")).dir()).isEqualTo("../../modules/agent");
        assertThat(tree.module(ModulePath.parse("module.agent.module.helper")).dir()).isEqualTo("../../modules/helper");
        assertThat(tree.module(ModulePath.parse("module.again")).dir()).isEqualTo("../../modules/helper");
        assertThat(tree.module(ModulePath.parse("module.agent")).files()).extracting(HclFile::name)
            .containsExactly("../../modules/agent/main.tf");
        // beyond the repository root: not read, a warning (templint did not look), never an error
        assertThat(tree.unresolved()).extracting(UnresolvedModuleCall::address, u -> u.kind().code())
            .containsExactly(tuple("module.outside", "outside-root"));
        assertThat(tree.diagnostics()).extracting(Diagnostic::severity, Diagnostic::summary)
            .containsExactly(tuple(io.templint.hcl.Severity.WARNING, "Module outside the folder templint reads"));
        Diagnostic d = tree.diagnostics().get(0);
        assertThat(d.detail()).isEqualTo("The module source \"../../../outside\" of module call \"module.outside\""
            + " leads beyond ../.. (the repository root, or --root), where templint reads nothing: the module is not"
            + " analysed, so what it declares is unknown. To analyse it, give a root that contains it (--root,"
            + " LoadOptions.moduleRoot).");
        assertThat(d.subject().startLine()).isEqualTo(10);
        assertThat(d.subject().startColumn()).isEqualTo(12);
        // file functions of a module read beside it, as Terraform does
        var value = tree.evaluation().module(ModulePath.parse("module.agent"))
            .attributeValue(tree.find("module.agent.coder_env.token") instanceof Resource r ? r : null, "value");
        assertThat(value.asString()).isEqualTo("t0k3n");
    }

    @Test
    void aGivenRootLimitsWhatIsRead() throws Exception {
        Path repo = repository();
        Path a = repo.resolve("examples/a");
        ModuleTree own = load(a, a);
        assertThat(own.modules().keySet()).extracting(ModulePath::toString).containsExactly("");
        assertThat(own.unresolved()).extracting(u -> u.kind().code())
            .containsExactly("outside-root", "outside-root", "outside-root");
        assertThat(own.diagnostics()).allMatch(x -> !x.isError());
        assertThat(own.diagnostics().get(0).detail()).contains("leads beyond the template folder");

        // a wider root than the repository
        ModuleTree wide = load(a, tmp);
        assertThat(wide.unresolved()).isEmpty();
        assertThat(wide.module(ModulePath.parse("module.outside")).dir()).isEqualTo("../../../outside");

        // a root that does not contain the folder: the folder is its own root
        ModuleTree elsewhere = load(a, repo.resolve("modules"));
        assertThat(elsewhere.unresolved()).hasSize(3);
    }

    @Test
    void withoutARepositoryTheFolderIsItsOwnRoot() throws Exception {
        write(tmp.resolve("plain/t/main.tf"), "module \"m\" {\n  source = \"../m\"\n}\n");
        write(tmp.resolve("plain/m/main.tf"), "");
        ModuleTree tree = load(tmp.resolve("plain/t"), null);
        assertThat(tree.unresolved()).extracting(u -> u.kind().code()).containsExactly("outside-root");
    }

    @Test
    void aSymbolicLinkBeyondTheRootIsNotFollowed() throws Exception {
        Path repo = repository();
        Path link = repo.resolve("modules/linked");
        try {
            Files.createSymbolicLink(link, tmp.resolve("outside"));
        } catch (UnsupportedOperationException | IOException e) {
            return; // no symbolic links here
        }
        write(repo.resolve("examples/b/main.tf"), "module \"l\" {\n  source = \"../../modules/linked\"\n}\n");
        ModuleTree tree = load(repo.resolve("examples/b"), null);
        assertThat(tree.modules()).hasSize(1);
        assertThat(tree.unresolved()).extracting(u -> u.kind().code()).containsExactly("outside-root");
        assertThat(tree.diagnostics()).extracting(Diagnostic::isError).containsExactly(false);
    }

    @Test
    void anUploadIsItsOwnRootAndAMissingDirectoryIsTerraformsError() throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        files.put("main.tf", ("module \"up\" {\n  source = \"../outside\"\n}\n"
            + "module \"nested\" {\n  source = \"./m\"\n}\n").getBytes(StandardCharsets.UTF_8));
        files.put("m/main.tf", "module \"deep\" {\n  source = \"../../../x\"\n}\n".getBytes(StandardCharsets.UTF_8));
        ModuleTree tree = TemplateLoader.load(TemplateSource.files("upload", files), LoadOptions.DEFAULTS);
        assertThat(tree.unresolved()).extracting(UnresolvedModuleCall::address, u -> u.kind().code())
            .containsExactly(tuple("module.up", "missing-directory"), tuple("module.nested.module.deep",
                "missing-directory"));
        assertThat(tree.diagnostics()).extracting(Diagnostic::summary, Diagnostic::detail).containsExactly(
            tuple("Unreadable module directory", "The directory ../outside could not be read for module \"up\" at"
                + " main.tf:1."),
            tuple("Unreadable module directory", "The directory ../../x could not be read for module \"deep\" at"
                + " m/main.tf:1."));
        assertThat(tree.diagnostics()).allMatch(Diagnostic::isError);
    }

    @Test
    void theManifestMayPlaceLocalModulesAboveTheFolder() throws Exception {
        Path repo = repository();
        Path a = repo.resolve("examples/a");
        write(a.resolve(".terraform/modules/modules.json"), """
            {"Modules":[{"Key":"","Source":"","Dir":"."},
              {"Key":"agent","Source":"../../modules/agent","Dir":"../../modules/agent"},
              {"Key":"remote","Source":"registry.coder.com/x/y/coder","Dir":"../../../outside"}]}
            """);
        write(a.resolve("remote.tf"), "module \"remote\" {\n  source = \"registry.coder.com/x/y/coder\"\n}\n");
        ModuleTree tree = load(a, null);
        assertThat(tree.module(ModulePath.parse("module.agent"))).isNotNull();
        assertThat(tree.unresolved()).extracting(UnresolvedModuleCall::address, u -> u.kind().code())
            .containsExactly(tuple("module.outside", "outside-root"), tuple("module.remote", "outside-root"));
        assertThat(tree.diagnostics()).extracting(Diagnostic::summary)
            .containsExactly("Module outside the folder templint reads", "Installed module not read");
    }
}
