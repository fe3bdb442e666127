package io.templint.coder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.templint.api.Finding;
import io.templint.api.TemplateReport;
import io.templint.api.Templint;
import io.templint.testkit.Crashes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile templates finish with a report, without an internal error or a finding outside its file:
 * cycles, exponential branching, huge counts.
 */
class AdversarialTemplatesTest {

    private static TemplateReport analyze(String mainTf) {
        // the bound only catches a hang (each takes well under a second), even on a loaded machine
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            Map<String, byte[]> files = Map.of("main.tf", mainTf.getBytes(StandardCharsets.UTF_8));
            return Crashes.check(Templint.create().analyze(files, "t").templates().get(0), files);
        });
    }

    @Test
    void cyclicLocalsLeaveTheAppUnresolved() {
        TemplateReport r = analyze("""
            locals {
              a = local.b
              b = try(local.a, local.a)
            }
            resource "coder_ai_task" "t" {
              app_id = local.a
            }
            """);
        assertThat(r.task().sidebarApp()).isNull();
        assertThat(r.task().aiTasks()).hasSize(1);
    }

    @Test
    void exponentialBranchingIsBounded() {
        StringBuilder tf = new StringBuilder("locals {\n");
        for (int i = 0; i < 60; i++) {
            tf.append("  l").append(i).append(" = try(local.l").append(i + 1).append(", local.l").append(i + 1)
                .append(")\n");
            tf.append("  e").append(i).append(" = merge(local.e").append(i + 1).append(", local.e").append(i + 1)
                .append(")\n");
        }
        tf.append("  l60 = \"x\"\n  e60 = { A = \"1\" }\n}\n");
        tf.append("""
            resource "coder_agent" "main" {
              os   = "linux"
              arch = "amd64"
              env  = local.e0
            }
            resource "coder_ai_task" "t" {
              app_id = local.l0
            }
            """);
        TemplateReport r = analyze(tf.toString());
        assertThat(r.task().sidebarApp()).isNull();
        assertThat(r.agents().get(0).env()).extracting(e -> e.name()).containsExactly("A");
    }

    @Test
    void hugeCountsAndForEachDoNotExplode() {
        TemplateReport r = analyze("""
            data "coder_parameter" "p" {
              name = "AI Prompt"
            }
            resource "coder_ai_task" "t" {
              count = 1000000000
            }
            resource "coder_ai_task" "u" {
              for_each = toset([for i in range(100000) : tostring(i)])
            }
            """);
        assertThat(r.task().capable()).isTrue();
    }

    @Test
    void garbageGivesDiagnosticsAndAReport() {
        TemplateReport r = analyze("resource \"coder_ai_task\" {{{ \n module \"m\" { source = 42 }\n ${\n");
        assertThat(r.diagnostics()).extracting(Finding::rule).contains("syntax");
        assertThat(r.task().compatibility()).hasSize(6);
    }
}
