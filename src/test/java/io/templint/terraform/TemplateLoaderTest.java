package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.terraform.source.TemplateSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class TemplateLoaderTest {

    @Test
    void loadsEveryDeclarationKindWithAddressesAndRanges() throws Exception {
        ModuleTree tree = Fixtures.load("basic");
        assertThat(tree.diagnostics()).isEmpty();
        Module root = tree.root();
        assertThat(root.files()).extracting(f -> f.name()).containsExactly("extra.tf.json", "main.tf");
        assertThat(root.variables()).containsOnlyKeys("region", "token");
        Variable region = root.variables().get("region");
        assertThat(region.address()).isEqualTo("var.region");
        assertThat(region.description()).isEqualTo("Where to run");
        assertThat(region.file()).isEqualTo("main.tf");
        assertThat(region.line()).isEqualTo(11);
        assertThat(root.variables().get("token").sensitive()).isTrue();
        assertThat(root.variables().get("token").hasDefault()).isFalse();
        assertThat(root.locals()).containsOnlyKeys("name", "labels");
        assertThat(root.locals().get("name").address()).isEqualTo("local.name");
        assertThat(root.resources()).containsOnlyKeys("data.coder_workspace.me", "coder_agent.main", "coder_app.web");
        assertThat(root.dataSource("coder_workspace", "me").address()).isEqualTo("data.coder_workspace.me");
        Resource app = root.resource("coder_app", "web");
        assertThat(app.file()).isEqualTo("extra.tf.json");
        assertThat(app.attribute("slug")).isNotNull();
        assertThat(root.outputs()).containsOnlyKeys("agent_id", "slug");
        assertThat(root.outputs().get("agent_id").description()).isEqualTo("The agent");
        assertThat(root.providers()).extracting(ProviderConfig::address).containsExactly("provider.coder");
        assertThat(root.otherBlocks()).extracting(b -> b.type()).containsExactly("terraform", "moved", "check");
        assertThat(tree.find("coder_agent.main")).isSameAs(root.resource("coder_agent", "main"));
        assertThat(tree.find("output.slug")).isSameAs(root.outputs().get("slug"));
    }

    @Test
    void reportsDuplicatesWithBothLocationsInTerraformsWords() throws Exception {
        ModuleTree tree = Fixtures.load("duplicates");
        assertThat(Fixtures.brief(tree.root().diagnostics())).containsExactly(
            "b.tf:31: Unsupported block type",
            "b.tf:34: Invalid required_providers block",
            "b.tf:37: Unsupported argument",
            "b.tf:1: Duplicate variable declaration",
            "b.tf:9: Duplicate output definition",
            "b.tf:13: Duplicate module call",
            "b.tf:17: Duplicate resource \"coder_app\" configuration",
            "b.tf:20: Duplicate data \"coder_parameter\" configuration",
            "b.tf:24: Duplicate provider configuration",
            "b.tf:27: Duplicate provider configuration",
            "b.tf:6: Duplicate local value definition");
        Diagnostic dupVar = tree.root().diagnostics().get(3);
        assertThat(dupVar.detail()).isEqualTo("A variable named \"x\" was already declared at a.tf:1,1-13."
            + " Variable names must be unique within a module.");
        assertThat(tree.root().diagnostics().get(0).detail())
            .isEqualTo("Blocks of type \"resourse\" are not expected here. Did you mean \"resource\"?");
        assertThat(tree.root().diagnostics().get(6).detail()).isEqualTo("A coder_app resource named \"app\" was"
            + " already declared at a.tf:16,1-27. Resource names must be unique per type in each module.");
        // the first declaration wins
        assertThat(tree.root().variables().get("x").hasDefault()).isFalse();
    }

    @Test
    void mergesOverrideFilesByTerraformsRules() throws Exception {
        ModuleTree tree = Fixtures.load("overrides");
        Module m = tree.root();
        assertThat(Fixtures.brief(m.diagnostics())).containsExactly("override.tf:21: Missing base output value"
            + " \"missing\" to override");
        Variable v = m.variables().get("v");
        assertThat(Literals.string(v.defaultValue())).isEqualTo("override");
        assertThat(v.description()).isEqualTo("base description");
        assertThat(v.defaultValue().range().filename()).isEqualTo("override.tf");
        assertThat(Literals.string(m.locals().get("a").expression())).isEqualTo("json a");
        assertThat(Literals.string(m.locals().get("b").expression())).isEqualTo("override b");
        Resource app = m.resource("coder_app", "app");
        assertThat(Literals.string(app.attribute("slug").expression())).isEqualTo("overridden");
        assertThat(Literals.string(app.attribute("url").expression())).isEqualTo("http://localhost");
        assertThat(app.blocks("healthcheck")).hasSize(1);
        assertThat(Literals.string(app.blocks("healthcheck").get(0).body().attribute("url").expression()))
            .isEqualTo("http://override");
        var lifecycle = app.blocks("lifecycle").get(0).body();
        assertThat(lifecycle.attribute("ignore_changes")).isNotNull();
        assertThat(Literals.bool(lifecycle.attribute("create_before_destroy").expression())).isTrue();
        Output o = m.outputs().get("o");
        assertThat(o.sensitive()).isTrue();
        assertThat(Literals.string(o.value())).isEqualTo("json override");
        assertThat(m.outputs()).doesNotContainKey("missing");
    }

    @Test
    void resolvesLocalAndInstalledModulesAndRecordsTheRest() throws Exception {
        ModuleTree tree = Fixtures.load("tree");
        assertThat(tree.modules().keySet()).extracting(ModulePath::toString).containsExactly(
            "", "module.agent", "module.remote", "module.remote.module.inner", "module.loop");
        assertThat(tree.module(ModulePath.parse("module.remote")).dir()).isEqualTo(".terraform/modules/remote/sub");
        assertThat(tree.module(ModulePath.parse("module.agent")).resources()).containsKey("coder_env.token");
        assertThat(tree.find("module.agent.coder_env.token").address()).isEqualTo("module.agent.coder_env.token");
        assertThat(tree.find("module.remote.module.inner.output.value")).isInstanceOf(Output.class);
        assertThat(tree.unresolved()).extracting(UnresolvedModuleCall::address, UnresolvedModuleCall::source,
                UnresolvedModuleCall::version)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("module.missing", "registry.coder.com/coder/missing/coder", "2.0.0"),
                org.assertj.core.groups.Tuple.tuple("module.escape", "../../outside", null),
                org.assertj.core.groups.Tuple.tuple("module.loop.module.again", "./", null),
                org.assertj.core.groups.Tuple.tuple("module.nodir", "./modules/nope", null));
        assertThat(tree.unresolved().get(0).toReport().address()).isEqualTo("module.missing");
        assertThat(tree.unresolved()).extracting(u -> u.kind().code())
            .containsExactly("not-on-disk", "outside-root", "limit", "missing-directory");
        // a manifest entry beyond the root ("evil") is harmless while no module call uses it
        assertThat(Fixtures.brief(tree.diagnostics())).containsExactly(
            "main.tf:29: Module outside the folder templint reads",
            "modules/loop/main.tf:2: Module cycle",
            "main.tf:37: Unreadable module directory");
        assertThat(tree.diagnostics().get(0).isError()).isFalse();
        assertThat(tree.diagnostics().get(2).detail())
            .isEqualTo("The directory modules/nope could not be read for module \"nodir\" at main.tf:36.");
        assertThat(tree.children(ModulePath.ROOT)).extracting(Module::path).extracting(ModulePath::toString)
            .containsExactly("module.agent", "module.remote", "module.loop");
        assertThat(tree.callOf(ModulePath.parse("module.agent")).arguments()).containsOnlyKeys("agent_id", "token");
    }

    @Test
    void limitsModuleDepthAndChecksModuleArguments() throws Exception {
        ModuleTree shallow = TemplateLoader.load(TemplateSource.directory("tree", Fixtures.dir("tree")),
            Fixtures.options("tree").withModuleLimits(1, 100));
        assertThat(shallow.module(ModulePath.parse("module.remote.module.inner"))).isNull();
        assertThat(shallow.unresolved(ModulePath.parse("module.remote.module.inner")).reason())
            .contains("depth limit");
        assertThat(Fixtures.brief(shallow.diagnostics()))
            .contains(".terraform/modules/remote/sub/main.tf:1: Module nesting too deep");

        ModuleTree tree = memory(Map.of(
            "main.tf", "module \"m\" {\n  source = \"./m\"\n  typo = 1\n}\n",
            "m/main.tf", "variable \"needed\" {}\n"));
        assertThat(Fixtures.brief(tree.diagnostics()))
            .containsExactly("main.tf:3: Unsupported argument", "main.tf:1: Missing required argument");
    }

    @Test
    void reportsBadVariableDeclarationsLikeTerraform() throws Exception {
        ModuleTree tree = Fixtures.load("bad-variables");
        assertThat(Fixtures.brief(tree.diagnostics())).containsExactly(
            "main.tf:1: Invalid variable name",
            "main.tf:4: Invalid variable name",
            "main.tf:8: Invalid quoted type constraints",
            "main.tf:12: Invalid type specification",
            "main.tf:17: Invalid default value for variable",
            "main.tf:22: Invalid default value for variable",
            "main.tf:27: Invalid default value for variable",
            "main.tf:33: Invalid default value for variable",
            "main.tf:37: Unsuitable value type",
            "main.tf:41: Unsupported argument");
        assertThat(tree.diagnostics().get(5).detail()).isEqualTo("This default value is not compatible with the"
            + " variable's type constraint: list of string required, but have string.");
        assertThat(tree.diagnostics().get(6).detail()).contains("attribute \"name\" is required");
        assertThat(tree.root().variables()).containsKey("good").doesNotContainKey("1bad");
    }

    @Test
    void loadsArchivesAndInMemoryFilesLikeFolders() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(b)) {
            for (String f : new String[] {"main.tf", "extra.tf.json"}) {
                z.putNextEntry(new ZipEntry("tpl/" + f));
                z.write(Files.readAllBytes(Fixtures.dir("basic").resolve(f)));
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("main.tf"));
            z.write(Files.readAllBytes(Fixtures.dir("basic").resolve("main.tf")));
            z.closeEntry();
        }
        ModuleTree tree = TemplateLoader.load(TemplateSource.archive("t.zip", new ByteArrayInputStream(
            b.toByteArray())), LoadOptions.DEFAULTS);
        assertThat(tree.root().resources()).containsOnlyKeys("data.coder_workspace.me", "coder_agent.main");
        assertThat(tree.files().isDirectory("tpl")).isTrue();
    }

    @Test
    void neverCrashesOnBrokenFiles() throws Exception {
        ModuleTree tree = memory(Map.of(
            "a.tf", "resource \"x\" {\n",
            "b.tf.json", "{\"variable\": [1, 2",
            "c.tf", "variable {}\nresource \"a\" \"b\" \"c\" {}\nlocals {\n  x = \n}\n",
            "d.tf", "\u0000\u0001binary"));
        assertThat(tree.hasErrors()).isTrue();
        assertThat(tree.diagnostics()).allMatch(d -> d.subject() != null);
    }

    @Test
    void checksMovedImportRemovedAndCheckBlocks() throws Exception {
        ModuleTree tree = memory(Map.of("main.tf", """
            moved {
              from = coder_app.a
            }
            import {
              id = "x"
            }
            removed {
              from = coder_app.b
              extra = 1
            }
            check "c" {
              assert {
                condition     = true
                error_message = "x"
              }
              bogus {}
            }
            """));
        assertThat(Fixtures.brief(tree.diagnostics())).containsExactly(
            "main.tf:1: Missing required argument",
            "main.tf:4: Missing required argument",
            "main.tf:9: Unsupported argument",
            "main.tf:16: Unsupported block type");
    }

    @Test
    void checksTheAttributesOfFixedObjects() throws Exception {
        ModuleTree tree = memory(Map.of("main.tf", """
            resource "coder_app" "a" {
              for_each = toset(["x"])
              slug     = each.val
              url      = "${path.modul}/x"
              order    = count.index
              names    = [for each in ["a"] : each.name]
            }
            """));
        assertThat(Fixtures.brief(tree.diagnostics())).containsExactly(
            "main.tf:3: Invalid \"each\" attribute", "main.tf:4: Invalid \"path\" attribute");
        assertThat(tree.diagnostics().get(0).detail()).isEqualTo("The \"each\" object does not have an attribute"
            + " named \"val\". The supported attributes are each.key and each.value, the current key and value pair"
            + " of the \"for_each\" attribute set.");
        assertThat(tree.diagnostics().get(1).detail()).isEqualTo("The \"path\" object does not have an attribute"
            + " named \"modul\". Did you mean \"module\"?");
        assertThat(tree.diagnostics().get(0).subject().startColumn()).isEqualTo(14);
        assertThat(tree.diagnostics().get(0).subject().endColumn()).isEqualTo(22);
    }

    @Test
    void classifiesFileNames() {
        assertThat(TemplateLoader.isOverrideFile("override.tf")).isTrue();
        assertThat(TemplateLoader.isOverrideFile("x_override.tf.json")).isTrue();
        assertThat(TemplateLoader.isOverrideFile("override.tf.json")).isTrue();
        assertThat(TemplateLoader.isOverrideFile("overrides.tf")).isFalse();
        assertThat(TemplateLoader.isOverrideFile("my-override.tf")).isFalse();
        assertThat(TemplateLoader.isConfigFile("a.tf.json")).isTrue();
        assertThat(TemplateLoader.isConfigFile("a.tfvars")).isFalse();
    }

    static ModuleTree memory(Map<String, String> files) throws Exception {
        return TemplateLoader.load(source(files), LoadOptions.DEFAULTS);
    }

    static TemplateSource source(Map<String, String> files) {
        Map<String, byte[]> bytes = new java.util.HashMap<>();
        files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
        return TemplateSource.files("mem", bytes);
    }
}
