package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.report.SchemaAssertions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Each way a folder is classified as a template or a module, and what a module's entry says. */
class KindTest {

    private static final Path KIND = Path.of("testdata/kind");
    private static final Templint DEFAULT = Templint.create();

    private static List<String> taskRules(TemplateReport t) {
        return t.diagnostics().stream().map(Finding::rule).filter(r -> r.startsWith("coder_ai_task")).toList();
    }

    @Test
    void aFolderWithAnAgentIdVariableAndNoAgentIsAModule() throws Exception {
        TemplateReport t = DEFAULT.analyze(KIND.resolve("signature")).templates().get(0);
        assertThat(t.kind()).isEqualTo(TemplateKind.MODULE);
        assertThat(t.task().capable()).isNull();
        assertThat(t.task().summary()).isEqualTo("a module: its caller decides whether it is a Task"
            + " (it declares variable \"agent_id\" and no coder_agent)");
        assertThat(t.task().compatibility()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.capable()).isNull();
            assertThat(c.reason()).isEqualTo("a module: its caller decides whether it is a Task");
        });
        assertThat(t.task().unresolvedModules()).isEmpty();
        assertThat(t.task().aiTasks()).extracting(SourceRef::address).containsExactly("coder_ai_task.task");
        assertThat(t.task().sidebarApp().address()).isEqualTo("coder_app.web");
        assertThat(t.diagnostics()).isEmpty();
    }

    @Test
    void aModulesEntryFollowsTheSchemaAndReadsBack() throws Exception {
        Report report = DEFAULT.analyze(KIND.resolve("signature"));
        String json = ReportJson.toJson(report);
        var node = SchemaAssertions.assertValidReport(json).get("templates").get(0);
        assertThat(node.get("kind").asText()).isEqualTo("module");
        assertThat(node.get("task").get("capable").isNull()).isTrue();
        assertThat(ReportJson.fromJson(json)).isEqualTo(report);
        String template = ReportJson.toJson(DEFAULT.analyze(Path.of("examples/claude-task")));
        assertThat(SchemaAssertions.assertValidReport(template).get("templates").get(0).get("kind").asText())
            .isEqualTo("template");
    }

    @Test
    void theInputsKindComesFirst() throws Exception {
        Input signature = Input.folder(KIND.resolve("signature")).withKind(TemplateKind.TEMPLATE);
        TemplateReport t = Templint.builder().kind(TemplateKind.MODULE).build().analyze(List.of(signature))
            .templates().get(0);
        assertThat(t.kind()).isEqualTo(TemplateKind.TEMPLATE);
        assertThat(t.task().capable()).isFalse();
        assertThat(taskRules(t)).containsExactly("coder_ai_task_missing_prompt");
    }

    @Test
    void theRunsKindChecksEveryFolderAsAModule() throws Exception {
        Templint modules = Templint.builder().kind(TemplateKind.MODULE).build();
        TemplateReport t = modules.analyze(KIND.resolve("configured/templates/agent-id-template")).templates().get(0);
        assertThat(t.kind()).isEqualTo(TemplateKind.MODULE);
        assertThat(t.task().summary()).endsWith("(the run checks every folder as a module (--kind module))");
        assertThat(taskRules(t)).isEmpty();
        TemplateReport asTemplate = Templint.builder().kind(TemplateKind.TEMPLATE).build()
            .analyze(KIND.resolve("signature")).templates().get(0);
        assertThat(asTemplate.kind()).isEqualTo(TemplateKind.TEMPLATE);
        assertThat(taskRules(asTemplate)).containsExactly("coder_ai_task_missing_prompt");
    }

    @Test
    void pathsBlocksOfTheConfigurationDecideOverTheFoldersCode() throws Exception {
        Path configured = KIND.resolve("configured");
        Templint templint = Templint.builder().configFile(configured.resolve(".templint.hcl")).build();
        TemplateReport plain = templint.analyze(configured.resolve("modules/plain")).templates().get(0);
        assertThat(plain.kind()).isEqualTo(TemplateKind.MODULE);
        assertThat(plain.task().summary()).isEqualTo("a module: its caller decides whether it is a Task"
            + " (paths \"modules/**\" of .templint.hcl line 1 says so)");
        assertThat(taskRules(plain)).isEmpty();

        TemplateReport template = templint.analyze(configured.resolve("templates/agent-id-template")).templates().get(0);
        assertThat(template.kind()).as("configured as a template despite its agent_id variable")
            .isEqualTo(TemplateKind.TEMPLATE);
        assertThat(taskRules(template)).containsExactly("coder_ai_task_missing_prompt", "coder_ai_task_without_app");

        TemplateReport unconfigured = DEFAULT.analyze(configured.resolve("templates/agent-id-template"))
            .templates().get(0);
        assertThat(unconfigured.kind()).as("without the configuration its code decides").isEqualTo(TemplateKind.MODULE);
    }

    @Test
    void aFolderAnotherFolderOfTheRunCallsAsALocalModuleIsAModule() throws Exception {
        Path called = KIND.resolve("called");
        Input tool = Input.folder(called.resolve("modules/tool"));
        List<TemplateReport> run = DEFAULT.analyze(List.of(Input.folder(called), tool)).templates();
        assertThat(run).extracting(TemplateReport::kind).containsExactly(TemplateKind.TEMPLATE, TemplateKind.MODULE);
        assertThat(run.get(0).task().capable()).as("the template's verdict is its own").isTrue();
        assertThat(run.get(1).task().summary()).isEqualTo("a module: its caller decides whether it is a Task ("
            + called + " (module \"tool\") calls it as a local module)");
        assertThat(taskRules(run.get(1))).isEmpty();

        LocalModuleCalls calls = DEFAULT.localModuleCalls(List.of(Input.folder(called), tool));
        assertThat(calls.size()).isEqualTo(1);
        assertThat(calls.callerOf(called.resolve("./modules/../modules/tool"))).isPresent();
        assertThat(calls.callerOf(called)).isEmpty();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            LocalModuleCalls onPool = DEFAULT.localModuleCalls(List.of(Input.folder(called), tool), pool);
            assertThat(onPool.size()).isEqualTo(1);
            assertThat(onPool.callerOf(called.resolve("modules/tool"))).isEqualTo(calls.callerOf(called.resolve(
                "modules/tool")));
        } finally {
            pool.shutdownNow();
        }

        TemplateReport alone = DEFAULT.analyze(List.of(tool)).templates().get(0);
        assertThat(alone.kind()).as("alone, nothing says it is a module").isEqualTo(TemplateKind.TEMPLATE);
        assertThat(taskRules(alone)).containsExactly("coder_ai_task_missing_prompt", "coder_ai_task_without_app");
    }

    @Test
    void filesInMemoryAndTemplatesWithAnAgentAreTemplates() throws Exception {
        TemplateReport t = DEFAULT.analyze(java.util.Map.of("main.tf", """
            variable "agent_id" {
              default = ""
            }
            resource "coder_agent" "main" {
              os   = "linux"
              arch = "amd64"
            }
            """.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "upload").templates().get(0);
        assertThat(t.kind()).isEqualTo(TemplateKind.TEMPLATE);
        assertThat(t.task().capable()).isFalse();
    }
}
