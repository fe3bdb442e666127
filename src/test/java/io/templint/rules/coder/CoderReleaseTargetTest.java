package io.templint.rules.coder;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.api.Templint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Task rules follow the Coder release the caller targets, through the public API. */
class CoderReleaseTargetTest {

    private static final String TEMPLATE = """
        resource "coder_agent" "main" {
          os   = "linux"
          arch = "amd64"
        }
        resource "coder_app" "claude" {
          agent_id = coder_agent.main.id
          slug     = "claude"
          url      = "http://localhost:3284"
        }
        resource "coder_ai_task" "task" {
          sidebar_app {
            id = coder_app.claude.id
          }
        }
        """;

    @Test
    void theDefaultReleaseWantsThePromptParameter() throws Exception {
        assertThat(rules(Templint.create())).containsExactly("coder_ai_task_missing_prompt");
    }

    @Test
    void coder228WantsAppIdAndNoLongerThePrompt() throws Exception {
        assertThat(rules(Templint.builder().coderVersion("2.28").build()))
            .containsExactly("coder_ai_task_sidebar_app_deprecated");
    }

    @Test
    void coder237HasNoTasks() throws Exception {
        assertThat(rules(Templint.builder().coderVersion("2.37.1").build())).isEmpty();
    }

    private static List<String> rules(Templint templint) throws Exception {
        Report r = templint.analyze(Map.of("main.tf", TEMPLATE.getBytes(StandardCharsets.UTF_8)), "tpl");
        return r.templates().get(0).diagnostics().stream().map(Finding::rule).toList();
    }
}
