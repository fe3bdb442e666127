package io.templint.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.templint.api.AgentReport;
import io.templint.api.EnvEntry;
import io.templint.api.Finding;
import io.templint.api.SensitiveVariable;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.coder.CoderCorpus.Installed;
import io.templint.rules.RuleEngine;
import io.templint.testkit.SharedCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Real Coder templates and modules from every Tasks release (the shared corpus), with registry
 * modules installed in memory from the corpus's module versions. Expectations come from reading
 * the templates and modules; where Coder's own computed result is in the corpus
 * ({@code converted_state.plan.golden}), it is compared too.
 */
class CoderCorpusTest {

    private static final String CLAUDE_CODE = "registry.coder.com/coder/claude-code/coder";
    private static final String AGENTAPI = "registry.coder.com/coder/agentapi/coder";
    private static final String TASKS_DOCKER = "coder-registry@3b64d99/registry/coder-labs/templates/tasks-docker";
    private static final String DOCKER_CLAUDE = "coder-registry@3b64d99/registry/sharkymark/templates/docker-claude";
    private static final String PROVISIONER = "coder-coder/provisioner/terraform/testdata/resources/";

    private static Installed claudeCode(String version) {
        return new Installed("claude-code", CLAUDE_CODE, version,
            CoderCorpus.registryModule("coder_claude-code_v" + version, "claude-code"));
    }

    private static Installed agentapi(String version) {
        return new Installed("claude-code.agentapi", AGENTAPI, version,
            CoderCorpus.registryModule("coder_agentapi_v" + version, "agentapi"));
    }

    private static Installed snapshotModule(String key, String source, String name) {
        return new Installed(key, source, "1.0.0", CoderCorpus.registryModule("3b64d99", name));
    }

    private static TemplateReport analyze(String coderVersion, String template, Installed... modules) throws Exception {
        Map<String, byte[]> files = CoderCorpus.template(template, modules);
        TemplateReport r = Templint.builder().coderVersion(coderVersion).build().analyze(files, template)
            .templates().get(0);
        assertThat(r.diagnostics()).extracting(Finding::rule).doesNotContain(RuleEngine.INTERNAL_ERROR_ID);
        return r;
    }

    private static List<Boolean> verdicts(TemplateReport r) {
        return r.task().compatibility().stream().map(c -> c.capable()).toList();
    }

    private static EnvEntry env(TemplateReport r, String agent, String name) {
        return r.agents().stream().filter(a -> a.address().equals(agent)).findFirst().orElseThrow().env().stream()
            .filter(e -> name.equals(e.name())).findFirst().orElseThrow();
    }

    @Test
    void tasksDockerWithClaudeCode4AndAgentapi2() throws Exception {
        TemplateReport r = analyze("2.27", TASKS_DOCKER, claudeCode("4.0.0"), agentapi("2.0.0"));
        assertThat(r.task().capable()).as("no \"AI Prompt\" in sight; code-server, windsurf, cursor and jetbrains are"
            + " not in the corpus").isNull();
        assertThat(r.task().unresolvedModules()).extracting(u -> u.address())
            .containsExactly("module.code-server", "module.windsurf", "module.cursor", "module.jetbrains");
        assertThat(verdicts(r)).containsExactly(null, null, true, true, true, false);
        assertThat(r.task().aiTasks()).extracting(t -> t.address()).containsExactly("coder_ai_task.task");
        var app = r.task().sidebarApp();
        assertThat(app.address()).isEqualTo("module.claude-code.module.agentapi.coder_app.agentapi_web");
        assertThat(app.expression()).isEqualTo("module.claude-code[count.index].task_app_id");
        assertThat(app.slug()).isEqualTo("ccw");
        assertThat(app.agent()).isEqualTo("coder_agent.main");
        assertThat(app.file()).isEqualTo(TASKS_DOCKER + "/.terraform/modules/claude-code.agentapi/main.tf");
        EnvEntry oauth = env(r, "coder_agent.main", "CLAUDE_CODE_OAUTH_TOKEN");
        assertThat(oauth.sensitive()).isTrue();
        assertThat(oauth.source()).isEqualTo("module.claude-code.coder_env.claude_code_oauth_token");
        assertThat(env(r, "coder_agent.main", "GIT_AUTHOR_EMAIL").value()).isNull();
        assertThat(r.sensitiveVariables()).extracting(SensitiveVariable::address, SensitiveVariable::usedBy)
            .contains(tuple("module.claude-code.var.claude_code_oauth_token",
                List.of("module.claude-code.coder_env.claude_code_oauth_token.value")));
    }

    @Test
    void tasksDockerWithoutItsModulesDependsOnClaudeCodeForThePrompt() throws Exception {
        TemplateReport r = analyze("2.30", TASKS_DOCKER);
        assertThat(r.task().capable()).as("the template's own coder_ai_task decides from 2.28").isTrue();
        assertThat(r.task().sidebarApp()).isNull();
        TemplateReport at227 = analyze("2.27", TASKS_DOCKER);
        assertThat(at227.task().capable()).isNull();
        assertThat(at227.task().summary()).contains(
            "module.claude-code (registry.coder.com/coder/claude-code/coder 4.0.0), ");
    }

    @Test
    void dockerClaudeWithClaudeCode2DeclaringTheTaskItself() throws Exception {
        TemplateReport r = analyze("2.27", DOCKER_CLAUDE, claudeCode("2.0.0"));
        assertThat(r.task().capable()).isTrue();
        assertThat(r.task().aiTasks()).extracting(t -> t.address())
            .containsExactly("module.claude-code.coder_ai_task.claude_code");
        assertThat(r.task().promptParameter().address()).isEqualTo("data.coder_parameter.ai_prompt");
        assertThat(verdicts(r)).containsExactly(true, true, true, true, true, false);
        var app = r.task().sidebarApp();
        assertThat(app.address()).isEqualTo("module.claude-code.coder_app.claude_code_web");
        assertThat(app.displayName()).isEqualTo("Claude Code Web");
        assertThat(app.agent()).isEqualTo("coder_agent.dev");
        assertThat(r.agents()).extracting(AgentReport::address).containsExactly("coder_agent.dev");
        EnvEntry key = env(r, "coder_agent.dev", "CODER_MCP_CLAUDE_API_KEY");
        assertThat(key.sensitive()).isTrue();
        assertThat(key.source()).isEqualTo("coder_env.anthropic_api_key");
        assertThat(env(r, "coder_agent.dev", "CODER_MCP_APP_STATUS_SLUG").value()).isEqualTo("claude-code");
        assertThat(env(r, "coder_agent.dev", "CODER_MCP_CLAUDE_TASK_PROMPT").value())
            .as("a parameter's value is the workspace owner's choice").isNull();
        assertThat(r.sensitiveVariables()).extracting(SensitiveVariable::address, SensitiveVariable::usedBy)
            .containsExactly(tuple("var.anthropic_api_key", List.of("coder_env.anthropic_api_key.value")));
    }

    @Test
    void dockerClaudeWithClaudeCode3GetsItsTaskFromAgentapi1() throws Exception {
        TemplateReport r = analyze("2.27", DOCKER_CLAUDE, claudeCode("3.0.0"), agentapi("1.1.1"));
        assertThat(r.task().capable()).isTrue();
        assertThat(r.task().aiTasks()).extracting(t -> t.address())
            .containsExactly("module.claude-code.module.agentapi.coder_ai_task.agentapi");
        assertThat(r.task().sidebarApp().address())
            .isEqualTo("module.claude-code.module.agentapi.coder_app.agentapi_web");
        assertThat(r.task().sidebarApp().agent()).isEqualTo("coder_agent.dev");
    }

    @Test
    void dockerClaudeWithClaudeCode4HasNoTaskLeft() throws Exception {
        TemplateReport r = analyze("2.27", DOCKER_CLAUDE, claudeCode("4.0.0"), agentapi("2.0.0"),
            snapshotModule("coder-login", "registry.coder.com/modules/coder-login/coder", "coder-login"),
            snapshotModule("git-config", "registry.coder.com/modules/git-config/coder", "git-config"));
        assertThat(r.task().aiTasks()).isEmpty();
        assertThat(r.task().sidebarApp()).isNull();
        assertThat(r.task().capable()).as("dotfiles and code-server are not in the corpus").isNull();
        assertThat(r.task().unresolvedModules()).extracting(u -> u.address())
            .containsExactly("module.dotfiles", "module.code-server");
        assertThat(r.task().compatibility().get(0).capable()).as("<=2.23 needs only the prompt").isTrue();
    }

    @Test
    void providerIntegrationTemplate() throws Exception {
        TemplateReport r = analyze("2.27", "coder-terraform-provider-coder@35a52f2/integration/coder-ai-task");
        assertThat(r.task().capable()).isTrue();
        assertThat(r.task().sidebarApp().address()).isEqualTo("coder_app.ai_interface");
        assertThat(r.task().sidebarApp().slug()).isEqualTo("ai-chat");
        assertThat(r.task().sidebarApp().agent()).isEqualTo("coder_agent.dev");
    }

    @Test
    void providerCoderTaskExampleHasNoPlannedInstanceFrom234() throws Exception {
        TemplateReport r = analyze("2.34", "coder-terraform-provider-coder@35a52f2/examples/data-sources/coder_task");
        assertThat(r.task().capable()).isFalse();
        assertThat(verdicts(r).subList(2, 6)).containsExactly(true, true, false, false);
    }

    @Test
    void provisionerFixturesWithLiteralAppIds() throws Exception {
        for (String fixture : List.of("ai-tasks-app", "ai-tasks-sidebar", "ai-tasks-missing-prompt")) {
            TemplateReport r = analyze("2.28", PROVISIONER + fixture);
            assertThat(r.task().capable()).as(fixture).isTrue();
            assertThat(r.task().sidebarApp()).as(fixture + ": a literal UUID is no coder_app").isNull();
            assertThat(verdicts(r)).as(fixture).containsExactly(false, false, true, true, true, false);
        }
    }

    /** Coder's own computed HasAITasks, compared with templint's verdict under the release of the golden file. */
    @TestFactory
    Stream<? extends DynamicNode> provisionerGoldens() {
        return SharedCorpus.dynamicTests("corpus/coder/" + PROVISIONER, root ->
            Stream.of("ai-tasks-disabled", "ai-tasks-multiple").map(fixture -> DynamicTest.dynamicTest(fixture,
            () -> {
                String golden = Files.readString(root.resolve(fixture).resolve("converted_state.plan.golden"),
                    StandardCharsets.UTF_8);
                Matcher m = Pattern.compile("\"HasAITasks\":\\s*(true|false)").matcher(golden);
                assertThat(m.find()).isTrue();
                boolean coder = Boolean.parseBoolean(m.group(1));
                // the goldens are from Coder's 2.34-era provisioner, which counts planned instances
                TemplateReport r = analyze("2.34", PROVISIONER + fixture);
                assertThat(r.task().capable()).as(fixture).isEqualTo(coder);
            })));
    }

    /** Every template and module folder of the corpus is analysed without a failure. */
    @TestFactory
    Stream<? extends DynamicNode> everyCorpusFolderIsAnalysed() {
        return SharedCorpus.dynamicTests("corpus/coder", root -> {
            List<Path> dirs;
            try (Stream<Path> s = Files.walk(root)) {
                dirs = s.filter(p -> p.getFileName().toString().endsWith(".tf")).map(Path::getParent).distinct()
                    .sorted().toList();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return dirs.stream().map(dir -> DynamicTest.dynamicTest(root.relativize(dir).toString(), () -> {
                TemplateReport r = analyze("2.27", root.relativize(dir).toString());
                assertThat(r.task().compatibility()).hasSize(CoderRelease.values().length);
                assertThat(r.task().summary()).isNotBlank();
            }));
        });
    }
}
