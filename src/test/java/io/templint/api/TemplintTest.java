package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.templint.coder.CoderFacts;
import io.templint.hcl.Range;
import io.templint.report.SchemaAssertions;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.RuleRegistry;
import io.templint.rules.TemplintConfig;
import io.templint.terraform.source.TemplateSourceException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The public API: entry points, report contents, errors, rules, JSON and concurrency. */
class TemplintTest {

    private static final Templint DEFAULT = Templint.create();

    private static Map<String, byte[]> files(String... nameAndText) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            m.put(nameAndText[i], nameAndText[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    @Test
    void bundledExampleIsATaskTemplateWithItsAppIdentityAndSecret() throws Exception {
        Report report = DEFAULT.analyze(Path.of("examples/claude-task"));
        assertThat(report.schemaVersion()).isEqualTo(1);
        assertThat(report.coderVersion()).isEqualTo("2.27");
        TemplateReport t = report.templates().get(0);
        assertThat(t.path()).isEqualTo("examples/claude-task");
        assertThat(t.task().capable()).isTrue();
        assertThat(t.task().summary()).isEqualTo("coder_ai_task.claude and the \"AI Prompt\" parameter"
            + " data.coder_parameter.ai_prompt are both defined");
        assertThat(t.task().aiTasks()).containsExactly(
            new SourceRef("coder_ai_task.claude", "examples/claude-task/main.tf", 41));
        assertThat(t.task().promptParameter().address()).isEqualTo("data.coder_parameter.ai_prompt");
        SidebarApp app = t.task().sidebarApp();
        assertThat(app).extracting(SidebarApp::address, SidebarApp::slug, SidebarApp::displayName, SidebarApp::agent,
                SidebarApp::expression)
            .containsExactly("coder_app.claude", "claude", "Claude Code", "coder_agent.main", "coder_app.claude.id");
        AgentReport agent = t.agents().get(0);
        assertThat(agent.address()).isEqualTo("coder_agent.main");
        assertThat(agent.env()).extracting(EnvEntry::name, EnvEntry::value, EnvEntry::sensitive, EnvEntry::line)
            .startsWith(
                tuple("GIT_AUTHOR_NAME", "AI Bot", false, 23),
                tuple("GIT_AUTHOR_EMAIL", "ai-bot@example.com", false, 24),
                tuple("GIT_COMMITTER_NAME", null, false, 25),
                tuple("GIT_COMMITTER_EMAIL", null, false, 26),
                tuple("GITHUB_TOKEN", null, true, 27));
        assertThat(t.sensitiveVariables()).containsExactly(new SensitiveVariable("var.github_pat", "github_pat",
            "examples/claude-task/main.tf", 4, false, List.of("coder_agent.main.env.GITHUB_TOKEN")));
        assertThat(t.task().compatibility()).extracting(Compatibility::coder).containsExactly("<=2.23", "2.24-2.27",
            "2.28-2.29", "2.30-2.33", "2.34-2.36", "2.37+");
        assertThat(t.diagnostics()).isEmpty();
    }

    @Test
    void syntaxErrorsAndLoaderProblemsAreDiagnosticsNotExceptions() throws Exception {
        Report report = DEFAULT.analyze(files(
            "main.tf", "resource \"coder_agent\" \"main\" {\n  os = \n}\n",
            "modules.tf", "module \"m\" {\n  source = \"../outside\"\n}\n"), "uploads/t1");
        List<Finding> d = report.templates().get(0).diagnostics();
        assertThat(d).extracting(Finding::rule, Finding::file)
            .contains(tuple("syntax", "uploads/t1/main.tf"), tuple("terraform", "uploads/t1/modules.tf"));
        assertThat(d).filteredOn(f -> f.rule().equals("terraform")).first()
            .satisfies(f -> assertThat(f.message()).isEqualTo("Unreadable module directory; The directory"
                + " ../outside could not be read for module \"m\" at modules.tf:1."));
    }

    @Test
    void anEmptyTemplateSaysSo() throws Exception {
        TemplateReport t = DEFAULT.analyze(files("README.md", "# nothing"), "empty").templates().get(0);
        assertThat(t.diagnostics()).extracting(Finding::rule).containsExactly("empty_template");
        assertThat(t.task().capable()).isFalse();
    }

    @Test
    void archivesAreReadFromStreamsAndCorruptOnesThrowTheDocumentedException() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("main.tf"));
            z.write("data \"coder_parameter\" \"p\" {\n  name = \"AI Prompt\"\n}\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        TemplateReport t = DEFAULT.analyzeArchive(new ByteArrayInputStream(zip.toByteArray()), "t.zip")
            .templates().get(0);
        assertThat(t.task().promptParameter()).isEqualTo(new SourceRef("data.coder_parameter.p", "t.zip/main.tf", 1));
        assertThatThrownBy(() -> DEFAULT.analyzeArchive(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), "bad.tar"))
            .isInstanceOf(TemplintException.class).hasCauseInstanceOf(TemplateSourceException.class);
    }

    @Test
    void aListGoesOnPastATemplateThatCannotBeRead() throws Exception {
        Report report = DEFAULT.analyze(List.of(
            Input.archive(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), "bad.tar"),
            Input.folder(Path.of("examples/claude-task"))));
        assertThat(report.templates()).extracting(TemplateReport::path)
            .containsExactly("bad.tar", "examples/claude-task");
        TemplateReport bad = report.templates().get(0);
        assertThat(bad.task().capable()).isNull();
        assertThat(bad.diagnostics()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("template_source");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.file()).isEqualTo("bad.tar");
        });
        assertThat(report.templates().get(1).task().capable()).isTrue();
        SchemaAssertions.assertValidReport(ReportJson.toJson(report));
    }

    @Test
    void theCoderReleaseSelectsTheRule() throws Exception {
        Templint at235 = Templint.builder().coderVersion("2.35").build();
        Report r = at235.analyze(Path.of("testdata/coder/count-zero"));
        assertThat(r.coderVersion()).isEqualTo("2.35");
        assertThat(r.templates().get(0).task().capable()).isFalse();
        assertThat(DEFAULT.analyze(Path.of("testdata/coder/count-zero")).templates().get(0).task().capable()).isTrue();
        Templint fromConfig = Templint.builder().config(new TemplintConfig("2.37", null, Map.of(), null)).build();
        assertThat(fromConfig.coderVersion()).isEqualTo("2.37");
        assertThat(Templint.builder().coderVersion("2.30").config(new TemplintConfig("2.37", null, Map.of(), null))
            .build().coderVersion()).as("an explicit release wins over the config's").isEqualTo("2.30");
    }

    @Test
    void aConfigFileSetsTheReleaseAndTheRules(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path config = dir.resolve(".templint.hcl");
        java.nio.file.Files.writeString(config, """
            config {
              coder_version = "2.35"
            }
            rule "terraform_deprecated_interpolation" { severity = "notice" }
            """);
        Templint t = Templint.builder().configFile(config).build();
        assertThat(t.coderVersion()).isEqualTo("2.35");
        TemplateReport r = t.analyze(files("main.tf", "locals {\n  a = \"${var.x}\"\n}\nvariable \"x\" {}\n"
            + "output \"a\" {\n  value = local.a\n}\n"), "t").templates().get(0);
        assertThat(r.diagnostics()).extracting(Finding::rule, Finding::severity)
            .contains(tuple("terraform_deprecated_interpolation", Severity.NOTICE));
        java.nio.file.Files.writeString(config, "rule \"no_such_rule\" { enabled = false }\n");
        assertThatThrownBy(() -> Templint.builder().configFile(config))
            .isInstanceOf(io.templint.rules.ConfigException.class);
    }

    @Test
    void misuseThrowsIllegalArgument() {
        assertThatIllegalArgumentException().isThrownBy(() -> Templint.builder().coderVersion("next"));
        assertThatIllegalArgumentException().isThrownBy(() -> Templint.builder().rules(RuleRegistry.of(List.of()))
            .config(new TemplintConfig(null, null, Map.of("no_such_rule",
                new io.templint.rules.RuleConfig("no_such_rule", true, null, null)), null)).build());
    }

    @Test
    void rulesShareTheAnalysisEvaluationInsteadOfEvaluatingAgain() throws Exception {
        List<io.templint.terraform.TemplateEvaluation> seen = new ArrayList<>();
        Rule probe = new Rule() {
            @Override
            public RuleMetadata metadata() {
                return new RuleMetadata("test_evaluation_probe", Severity.NOTICE, "probe", "Test rule.", null);
            }

            @Override
            public void check(RuleContext ctx) {
                seen.add(io.templint.rules.TerraformFacts.evaluation(ctx));
                seen.add(io.templint.rules.TerraformFacts.evaluation(ctx));
            }
        };
        Templint.builder().addRule(probe).build().analyze(files("main.tf", "locals {\n  a = 1\n}\n"), "t");
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        assertThat(seen.get(0).problems()).as("the evaluation already ran: evaluateAll, before the rules").isEmpty();
        assertThat(seen.get(0).root().local("a").asNumber()).isEqualByComparingTo("1");
    }

    /** A rule written against the Coder facts, added through the builder. */
    static final class TaskWithoutAppRule implements Rule {
        static final RuleMetadata METADATA = new RuleMetadata("test_task_without_app", Severity.WARNING,
            "A Task's app reaches no coder_app", "Test rule.", null);

        @Override
        public RuleMetadata metadata() {
            return METADATA;
        }

        @Override
        public Set<FactKey<?>> requiredFacts() {
            return Set.of(AnalysisFacts.CODER);
        }

        @Override
        public void check(RuleContext ctx) {
            CoderFacts facts = ctx.get(AnalysisFacts.CODER);
            var ref = facts.task().sidebarReference();
            if (ref != null && !ref.isResolved()) {
                Range r = ref.range();
                ctx.report(r, "the Task's app " + ref.expression() + " reaches no coder_app: " + ref.problem());
            }
        }
    }

    @Test
    void addedRulesSeeTheCoderFactsAndReportIntoDiagnostics() throws Exception {
        Templint t = Templint.builder().rules(RuleRegistry.of(List.of())).addRule(new TaskWithoutAppRule()).build();
        List<Finding> d = t.analyze(Path.of("testdata/coder/sidebar-unresolved")).templates().get(0).diagnostics();
        assertThat(d).extracting(Finding::rule, Finding::line, Finding::message).containsExactly(tuple(
            "test_task_without_app", 12, "the Task's app coder_agent.main.id reaches no coder_app: it refers to"
                + " coder_agent.main, which is not a coder_app"));
    }

    @Test
    void severalTemplatesAreReportedInOrderAndTheJsonReadsBack() throws Exception {
        Report r = DEFAULT.analyze(List.of(Input.folder(Path.of("testdata/coder/no-task")),
            Input.path(Path.of("examples/claude-task"))));
        assertThat(r.templates()).extracting(TemplateReport::path)
            .containsExactly("testdata/coder/no-task", "examples/claude-task");
        String json = ReportJson.toJson(r);
        assertThat(json).contains("\"mergeStrategy\": \"replace\"").contains("\"promptParameter\": null")
            .doesNotContain("\"url\": null");
        assertThat(ReportJson.fromJson(json)).isEqualTo(r);
    }

    @Test
    void reportsOfEveryFixtureMatchTheShippedSchema() throws Exception {
        List<Input> inputs = new ArrayList<>();
        try (var dirs = java.nio.file.Files.list(Path.of("testdata/coder"))) {
            dirs.sorted().forEach(d -> inputs.add(Input.folder(d)));
        }
        inputs.add(Input.folder(Path.of("examples/claude-task")));
        Report r = DEFAULT.analyze(inputs);
        assertThat(r.templates()).hasSize(inputs.size());
        io.templint.report.SchemaAssertions.assertValidReport(ReportJson.toJson(r));
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        List<Path> templates = List.of(Path.of("examples/claude-task"), Path.of("testdata/coder/module-chain"),
            Path.of("testdata/coder/env-merge"), Path.of("testdata/coder/json-template"));
        List<Report> expected = new ArrayList<>();
        for (Path p : templates) {
            expected.add(DEFAULT.analyze(p));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Report>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Path p = templates.get(i % templates.size());
                futures.add(pool.submit(() -> DEFAULT.analyze(p)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % templates.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
