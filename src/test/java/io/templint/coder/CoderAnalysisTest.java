package io.templint.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.templint.terraform.LoadOptions;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.TemplateLoader;
import io.templint.terraform.source.TemplateSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Coder facts of the fixtures in {@code testdata/coder}, one behaviour each. */
class CoderAnalysisTest {

    static ModuleTree load(String fixture) throws Exception {
        Path dir = Path.of("testdata/coder", fixture);
        return TemplateLoader.load(TemplateSource.directory(fixture, dir), LoadOptions.DEFAULTS.withModuleRoot(dir));
    }

    static CoderFacts facts(String fixture, CoderRelease release) throws Exception {
        return CoderAnalysis.analyze(load(fixture), release);
    }

    static CoderFacts facts(String fixture) throws Exception {
        return facts(fixture, CoderRelease.defaultRelease());
    }

    /** Each release range's verdict as {@code label=capable}. */
    static List<String> verdicts(CoderFacts f) {
        return f.task().compatibility().stream().map(v -> v.release().label() + "=" + v.capable()).toList();
    }

    @Test
    void sidebarAppIsFollowedThroughNestedModuleOutputsAndTry() throws Exception {
        CoderFacts f = facts("module-chain");
        assertThat(f.task().capable()).isTrue();
        Resolution app = f.task().sidebarReference();
        assertThat(app.isResolved()).isTrue();
        assertThat(app.expression()).isEqualTo("try(module.tool[0].task_app_id, \"00000000-0000-0000-0000-000000000000\")");
        AppFacts sidebar = f.task().sidebarApp();
        assertThat(sidebar.address()).isEqualTo("module.tool.module.agentapi.coder_app.web");
        assertThat(sidebar.slug()).isEqualTo("tool-web");
        assertThat(sidebar.displayName()).isEqualTo("Tool Web");
        assertThat(sidebar.url()).isEqualTo("http://localhost:3284/");
        assertThat(sidebar.agentAddress()).as("agent_id passed down as var.agent_id twice").isEqualTo("coder_agent.main");
    }

    @Test
    void coderEnvIsBoundThroughModuleVariablesWithItsMergeStrategy() throws Exception {
        CoderFacts f = facts("module-chain");
        AgentFacts agent = f.agent("coder_agent.main").orElseThrow();
        assertThat(agent.env()).extracting(EnvVarFacts::name, EnvVarFacts::value, EnvVarFacts::sensitive,
                EnvVarFacts::source, EnvVarFacts::mergeStrategy)
            .containsExactly(
                tuple("TOOL_API_KEY", null, true, "module.tool.coder_env.api_key", "replace"),
                tuple("PATH", "/opt/tool/bin", false, "module.tool.coder_env.path", "prepend"));
        assertThat(agent.env().get(0).secretSources()).contains("var.anthropic_key");
        assertThat(f.coderEnvs()).allSatisfy(e -> assertThat(e.agentAddress()).isEqualTo("coder_agent.main"));
    }

    @Test
    void sensitiveVariablesFlowIntoModuleInputsAndCoderEnvValues() throws Exception {
        CoderFacts f = facts("module-chain");
        assertThat(f.sensitiveVariables()).extracting(SensitiveVariableFacts::address, SensitiveVariableFacts::usedBy)
            .containsExactly(
                tuple("var.anthropic_key", List.of("module.tool.api_key", "module.tool.coder_env.api_key.value")),
                tuple("module.tool.var.api_key", List.of("module.tool.coder_env.api_key.value")));
    }

    @Test
    void conditionalTakesTheFirstBranchThatLeadsToAnApp() throws Exception {
        CoderFacts f = facts("conditional-app");
        assertThat(f.task().aiTasks().get(0).appAttribute()).isEqualTo("sidebar_app.id");
        assertThat(f.task().sidebarApp().address()).isEqualTo("coder_app.web");
    }

    @Test
    void splatOverACountedModuleLeadsToItsApp() throws Exception {
        CoderFacts f = facts("splat-app");
        assertThat(f.task().sidebarReference().expression()).isEqualTo("one(module.tool[*].app_id)");
        assertThat(f.task().sidebarApp().address()).isEqualTo("module.tool.coder_app.tool");
        assertThat(f.task().sidebarApp().agentAddress()).isEqualTo("coder_agent.main");
    }

    @Test
    void countZeroAtImportIsNotCapableFrom234() throws Exception {
        CoderFacts f = facts("count-zero");
        assertThat(f.task().capable()).isTrue();
        assertThat(f.task().aiTasks().get(0).plannedInstances().count()).isZero();
        assertThat(verdicts(f)).containsExactly("<=2.23=true", "2.24-2.27=true", "2.28-2.29=true", "2.30-2.33=true",
            "2.34-2.36=false", "2.37+=false");
        CoderFacts at235 = facts("count-zero", CoderRelease.of("2.35.1"));
        assertThat(at235.task().capable()).isFalse();
        assertThat(at235.task().verdict().reason()).contains("coder_ai_task.task has no instance at import: count = 0");
    }

    @Test
    void aModuleWithoutPlannedInstancesPlansNoTask() throws Exception {
        CoderFacts f = facts("module-count-zero", CoderRelease.V2_34_TO_2_36);
        assertThat(f.task().aiTasks().get(0).address()).isEqualTo("module.task.coder_ai_task.task");
        assertThat(f.task().aiTasks().get(0).plannedInstances().count()).isZero();
        assertThat(verdicts(f)).containsExactly("<=2.23=true", "2.24-2.27=true", "2.28-2.29=true", "2.30-2.33=true",
            "2.34-2.36=false", "2.37+=false");
    }

    @Test
    void aModuleNotOnDiskMakesTheVerdictUnknownAndSaysWhich() throws Exception {
        CoderFacts f = facts("unresolved-module-no-task");
        assertThat(f.task().capable()).isNull();
        assertThat(f.task().unresolvedModules()).extracting(u -> u.address(), u -> u.source(), u -> u.version())
            .containsExactly(tuple("module.claude-code", "registry.coder.com/coder/claude-code/coder", "3.0.0"));
        assertThat(f.task().verdict().reason()).contains(
            "depends on module.claude-code (registry.coder.com/coder/claude-code/coder 3.0.0), which is not on disk");
        assertThat(f.task().compatibility()).extracting(Verdict::capable)
            .containsExactly(true, null, null, null, null, false);
    }

    @Test
    void visibleTaskAndPromptDecideEvenWithAModuleNotOnDisk() throws Exception {
        CoderFacts f = facts("unresolved-module");
        assertThat(f.task().capable()).isTrue();
        assertThat(f.task().unresolvedModules()).isEmpty();
        Resolution app = f.task().sidebarReference();
        assertThat(app.isResolved()).isFalse();
        assertThat(app.blockedBy().address()).isEqualTo("module.claude-code");
        assertThat(f.task().sidebarApp()).isNull();
        assertThat(facts("unresolved-module", CoderRelease.V2_34_TO_2_36).task().capable())
            .as("count = 0 here, but the module might declare a Task").isNull();
    }

    @Test
    void theSidebarAppComesFromTheModuleNotOnDisk() throws Exception {
        CoderFacts f = facts("unresolved-module");
        assertThat(f.task().sidebarAppFrom().address()).isEqualTo("module.claude-code");
        assertThat(facts("sidebar-unresolved").task().sidebarAppFrom()).isNull();
        assertThat(f.unresolvedModules()).extracting(u -> u.kind().code()).containsExactly("not-on-disk");
    }

    @Test
    void modulesNotOnDiskThatReceiveAnAgentsIdMayAddToItsEnvironment() throws Exception {
        CoderFacts f = facts("env-from-modules");
        AgentFacts main = f.agent("coder_agent.main").orElseThrow();
        assertThat(main.envComplete()).isFalse();
        assertThat(main.envMayComeFrom()).extracting(u -> u.address())
            .containsExactly("module.claude-code", "module.wrapper.module.code-server");
        assertThat(main.env()).extracting(EnvVarFacts::name).containsExactly("EDITOR");
        AgentFacts other = f.agent("coder_agent.other").orElseThrow();
        assertThat(other.envComplete()).isTrue();
        // in the order met: depth first, in call order
        assertThat(f.unresolvedModules()).extracting(u -> u.address()).containsExactly("module.claude-code",
            "module.wrapper.module.code-server", "module.unrelated");
    }

    @Test
    void blocksWithoutAnInstanceAtImportAreListedNotPlannedAlike() throws Exception {
        CoderFacts f = facts("count-zero-everywhere");
        assertThat(f.agents().get(0).env()).extracting(EnvVarFacts::name, EnvVarFacts::value, EnvVarFacts::planned)
            .containsExactly(tuple("ZERO", "z", false), tuple("COMPUTED", null, false), tuple("ONE", "1", true),
                tuple("INMOD", "m", false));
        assertThat(f.apps()).extracting(AppFacts::slug, AppFacts::planned).containsExactly(tuple("zero", false));
        assertThat(f.task().parameters()).extracting(ParameterFacts::name, ParameterFacts::planned)
            .containsExactly(tuple("AI Prompt", false));
        assertThat(f.task().promptParameter()).isNull();
        assertThat(f.task().verdict().reason()).isEqualTo("no coder_ai_task resource is defined and no data"
            + " \"coder_parameter\" is named \"AI Prompt\" with an instance at import (data.coder_parameter.prompt"
            + " has no instance at import: count = 0) in the module tree");
    }

    @Test
    void anAppIdThatReachesNoAppIsExposedWithItsRange() throws Exception {
        CoderFacts f = facts("sidebar-unresolved");
        assertThat(f.task().sidebarApp()).isNull();
        Resolution app = f.task().sidebarReference();
        assertThat(app.isResolved()).isFalse();
        assertThat(app.blockedBy()).isNull();
        assertThat(app.expression()).isEqualTo("coder_agent.main.id");
        assertThat(app.problem()).isEqualTo("it refers to coder_agent.main, which is not a coder_app");
        assertThat(app.range().startLine()).isEqualTo(12);
    }

    @Test
    void promptParameterCountsInChildModulesByItsEvaluatedName() throws Exception {
        CoderFacts f = facts("prompt-in-module");
        assertThat(f.task().capable()).isTrue();
        assertThat(f.task().promptParameter().address()).isEqualTo("module.prompt.data.coder_parameter.whatever");
        assertThat(f.task().parameters()).extracting(ParameterFacts::name).containsExactlyInAnyOrder("AI Prompt",
            "AI prompt");
    }

    @Test
    void jsonTemplatesAreAnalysedLikeNativeOnes() throws Exception {
        CoderFacts f = facts("json-template");
        assertThat(f.task().capable()).isTrue();
        assertThat(f.task().promptParameter().name()).isEqualTo("AI Prompt");
        assertThat(f.task().sidebarApp().address()).isEqualTo("coder_app.agent");
        assertThat(f.task().sidebarApp().command()).isEqualTo("agent --serve");
        assertThat(f.agents().get(0).env()).extracting(EnvVarFacts::name, EnvVarFacts::value, EnvVarFacts::sensitive)
            .containsExactly(tuple("EDITOR", "vim", false), tuple("API_TOKEN", null, true));
    }

    @Test
    void envBuiltWithMergeLocalsAndModuleOutputsIsExpandedAndUnknownEntriesKept() throws Exception {
        CoderFacts f = facts("env-merge");
        List<EnvVarFacts> env = f.agent("coder_agent.main").orElseThrow().env();
        assertThat(env).extracting(EnvVarFacts::name, EnvVarFacts::value, EnvVarFacts::sensitive)
            .containsExactly(
                tuple("GIT_AUTHOR_NAME", "AI Bot", false),
                tuple("GIT_AUTHOR_EMAIL", "bot@example.com", false),
                tuple("GIT_COMMITTER_NAME", "AI Bot", false),
                tuple("GIT_COMMITTER_EMAIL", "committer@example.com", false),
                tuple("GITHUB_TOKEN", null, true),
                tuple("CODER_SESSION_TOKEN", null, true),
                tuple("VAULT_TOKEN", null, true),
                tuple("OWNER", null, false),
                tuple("NPM_TOKEN", null, true),
                tuple(null, null, false));
        assertThat(env.get(2).range().filename()).isEqualTo("modules/identity/main.tf");
        assertThat(env.get(4).secretSources()).containsExactly("data.coder_external_auth.github.access_token");
        assertThat(env.get(5).secretSources()).containsExactly("data.coder_workspace_owner.me.session_token");
        assertThat(env.get(6).value()).as("a sensitive default is never reported").isNull();
        assertThat(env.get(8).secretSources()).containsExactly("data.coder_secret.npm");
        assertThat(env.get(9).expression()).isEqualTo("data.coder_workspace_owner.me.rbac_roles");
        assertThat(f.sensitiveVariables()).extracting(SensitiveVariableFacts::usedBy)
            .containsExactly(List.of("output.vault", "coder_agent.main.env.VAULT_TOKEN"));
    }

    @Test
    void aPlainTemplateIsNotCapableUnderAnyRelease() throws Exception {
        CoderFacts f = facts("no-task");
        assertThat(f.task().compatibility()).extracting(Verdict::capable).containsOnly(false);
        assertThat(f.task().verdict().reason()).isEqualTo(
            "no coder_ai_task resource is defined and no data \"coder_parameter\" is named \"AI Prompt\" in the module tree");
        assertThat(f.agents().get(0).env()).extracting(EnvVarFacts::name).containsExactly("EDITOR", "LANG");
    }

    @Test
    void releasesMapToTheirRanges() {
        assertThat(CoderRelease.of("2.23")).isEqualTo(CoderRelease.UP_TO_2_23);
        assertThat(CoderRelease.of("v2.24.0")).isEqualTo(CoderRelease.V2_24_TO_2_27);
        assertThat(CoderRelease.of("2.29")).isEqualTo(CoderRelease.V2_28_TO_2_29);
        assertThat(CoderRelease.of("2.33.4")).isEqualTo(CoderRelease.V2_30_TO_2_33);
        assertThat(CoderRelease.of("2.34")).isEqualTo(CoderRelease.V2_34_TO_2_36);
        assertThat(CoderRelease.of("2.37")).isEqualTo(CoderRelease.FROM_2_37);
        assertThat(CoderRelease.of("3.0")).isEqualTo(CoderRelease.FROM_2_37);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> CoderRelease.of("latest"));
    }
}
