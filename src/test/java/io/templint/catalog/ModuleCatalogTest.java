package io.templint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.AgentReport;
import io.templint.api.EnvEntry;
import io.templint.api.ResolvedModule;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.api.UnresolvedModule;
import io.templint.terraform.ModuleCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module catalog shipped in the jar, on the fixtures in {@code testdata/catalog}: registry
 * module calls not on disk resolved from it, as the report shows them.
 */
class ModuleCatalogTest {

    private static final Templint CATALOG = Templint.builder().moduleCatalog(true).build();

    private static TemplateReport check(Templint templint, String fixture) throws Exception {
        return templint.analyze(Path.of("testdata/catalog", fixture)).templates().get(0);
    }

    private static TemplateReport check(String fixture) throws Exception {
        return check(CATALOG, fixture);
    }

    private static String date() {
        return ModuleCatalog.get().date();
    }

    private static List<String> env(TemplateReport t) {
        AgentReport a = t.agents().get(0);
        return a.env().stream().map(e -> e.name() + (e.planned() ? "" : " (not planned)")).toList();
    }

    @Test
    void theShippedCatalogRecordsItsOrigin() {
        ModuleCatalog c = ModuleCatalog.get();
        assertThat(c.date()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(c.registryCommit()).matches("[0-9a-f]{40}");
        assertThat(c.versions().keySet()).contains("coder/claude-code", "coder/agentapi", "coder/goose",
            "coder-labs/codex", "coder-labs/gemini", "coder/aider", "coder/amazon-q", "coder-labs/cursor-cli",
            "coder-labs/copilot");
        assertThat(c.versions().get("coder/claude-code")).contains("2.0.0", "4.9.2", "5.4.0");
    }

    @Test
    void theResourceStaysSmall() throws IOException {
        try (var in = ModuleCatalog.class.getResourceAsStream(ModuleCatalog.RESOURCE)) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes().length).isLessThan(400_000);
        }
    }

    @Test
    void anExactVersionGivesThatVersionsTask() throws Exception {
        TemplateReport t = check("exact-version");
        assertThat(t.task().capable()).isTrue();
        assertThat(t.task().sidebarApp().address()).isEqualTo("module.claude-code.coder_app.claude_code_web");
        assertThat(t.task().sidebarApp().slug()).isEqualTo("ccw");
        assertThat(t.task().sidebarApp().displayName()).isEqualTo("Claude Code Web");
        assertThat(t.task().aiTasks()).extracting(r -> r.address())
            .containsExactly("module.claude-code.coder_ai_task.claude_code");
        assertThat(t.unresolvedModules()).isEmpty();
        assertThat(t.resolvedModules()).containsExactly(new ResolvedModule("module.claude-code",
            "registry.coder.com/coder/claude-code/coder", "2.0.0", "2.0.0", "catalog", date(), true));
        assertThat(t.agents().get(0).envComplete()).isTrue();
        assertThat(t.diagnostics()).isEmpty();
    }

    @Test
    void aConstraintGivesTheNewestMatchingVersionAndItsCalls() throws Exception {
        TemplateReport t = check("constraint");
        assertThat(t.resolvedModules()).extracting(ResolvedModule::address, ResolvedModule::version,
                ResolvedModule::constraint, ResolvedModule::exact)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("module.claude-code", "4.9.2", "~> 4.0", false),
                org.assertj.core.groups.Tuple.tuple("module.claude-code.module.agentapi", "2.4.0", "2.4.0", true));
        assertThat(t.task().capable()).isTrue();
        assertThat(t.task().sidebarApp().address()).isEqualTo("module.claude-code.module.agentapi.coder_app.agentapi_web");
        assertThat(t.task().sidebarAppFrom()).isNull();
        assertThat(t.agents().get(0).envComplete()).isTrue();
        // the template's own rule findings stay; nothing is reported in the catalog's modules
        assertThat(t.diagnostics()).extracting(f -> f.rule() + " " + f.file() + ":" + f.line())
            .containsExactly("terraform_module_version testdata/catalog/constraint/main.tf:16");
    }

    @Test
    void theJsonReportListsTheCatalogModulesAsItsSchemaSays() throws Exception {
        String json = io.templint.api.ReportJson.toJson(CATALOG.analyze(Path.of("testdata/catalog/constraint")));
        var root = io.templint.report.SchemaAssertions.assertValidReport(json);
        var m = root.get("templates").get(0).get("resolvedModules").get(0);
        assertThat(m.toString()).isEqualTo("{\"address\":\"module.claude-code\",\"source\":"
            + "\"registry.coder.com/coder/claude-code/coder\",\"constraint\":\"~> 4.0\",\"version\":\"4.9.2\","
            + "\"resolvedFrom\":\"catalog\",\"catalogDate\":\"" + date() + "\",\"exact\":false}");
    }

    @Test
    void theTextReportSaysSoInOneLine() throws Exception {
        StringBuilder out = new StringBuilder();
        io.templint.report.Formatters.standard().find("text").orElseThrow().write(
            CATALOG.analyze(Path.of("testdata/catalog/constraint")), new io.templint.report.ReportContext(
                io.templint.report.SourceLookup.none(), io.templint.report.RuleCatalog.builtin(), false), out);
        assertThat(out.toString()).contains("\n  Modules from templint's catalog (" + date() + ", not on disk):"
            + " module.claude-code 4.9.2 (newest matching ~> 4.0), module.claude-code.module.agentapi 2.4.0\n");
    }

    @Test
    void theLegacyAddressIsTheCoderNamespace() throws Exception {
        TemplateReport t = check("legacy-source");
        assertThat(t.task().capable()).isTrue();
        assertThat(t.resolvedModules()).extracting(ResolvedModule::source, ResolvedModule::version)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("registry.coder.com/modules/claude-code/coder", "2.0.0"));
    }

    @Test
    void aVersionNewerThanTheCatalogStaysUnknownAndSaysWhy() throws Exception {
        TemplateReport t = check("stale-version");
        assertThat(t.task().capable()).isNull();
        assertThat(t.resolvedModules()).isEmpty();
        assertThat(t.unresolvedModules()).containsExactly(new UnresolvedModule("module.claude-code",
            "registry.coder.com/coder/claude-code/coder", "99.0.0", "not-on-disk"));
        String newest = ModuleCatalog.get().versions().get("coder/claude-code").get(
            ModuleCatalog.get().versions().get("coder/claude-code").size() - 1);
        assertThat(t.task().summary()).contains("templint's module catalog (" + date()
            + ") is older than version 99.0.0: its newest version of coder/claude-code is " + newest);
    }

    @Test
    void theTemplatesInputsFeedTheModulesConditions() throws Exception {
        TemplateReport t = check("inputs");
        AgentReport agent = t.agents().get(0);
        EnvEntry model = agent.env().stream().filter(e -> "ANTHROPIC_MODEL".equals(e.name())).findFirst().orElseThrow();
        assertThat(model.planned()).isTrue();
        assertThat(model.value()).isEqualTo("opus");
        assertThat(model.source()).isEqualTo("module.claude-code.coder_env.anthropic_model");
        EnvEntry key = agent.env().stream().filter(e -> "ANTHROPIC_API_KEY".equals(e.name())).findFirst().orElseThrow();
        assertThat(key.planned()).isFalse(); // count = var.anthropic_api_key != "" ? 1 : 0, not given
        assertThat(key.source()).isEqualTo("module.claude-code.coder_env.anthropic_api_key");
        assertThat(agent.envComplete()).isTrue();
        assertThat(t.sensitiveVariables()).extracting(s -> s.address())
            .contains("module.claude-code.var.anthropic_api_key", "module.claude-code.var.claude_code_oauth_token");
    }

    @Test
    void aModuleCallWithoutInstancesPlansNoTask() throws Exception {
        Templint recent = Templint.builder().moduleCatalog(true).coderVersion("2.34").build();
        TemplateReport t = check(recent, "module-count-zero");
        assertThat(t.resolvedModules()).hasSize(1);
        assertThat(t.task().capable()).isFalse();
    }

    @Test
    void modulesOnDiskWin() throws Exception {
        TemplateReport t = check("on-disk-wins");
        assertThat(t.resolvedModules()).isEmpty();
        assertThat(env(t)).containsExactly("FROM_DISK");
    }

    @Test
    void theLibraryLeavesTheCatalogOffByDefault() throws Exception {
        TemplateReport t = check(Templint.create(), "catalog-off");
        assertThat(t.resolvedModules()).isEmpty();
        assertThat(t.task().capable()).isNull();
        assertThat(t.unresolvedModules()).extracting(UnresolvedModule::reason).containsExactly("not-on-disk");
        assertThat(t.agents().get(0).envComplete()).isFalse();
    }
}
