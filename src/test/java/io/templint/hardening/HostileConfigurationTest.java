package io.templint.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Finding;
import io.templint.api.TemplateReport;
import io.templint.hardening.Analyses.Evaluated;

import org.junit.jupiter.api.Test;

/**
 * Templates whose evaluation would never end, explode, or reach outside the template: cycles,
 * self-calling modules, enormous collections and strings, path traversal. Each is analysed end to
 * end into a report, and its root {@code local.out} evaluated as the analysis does: both end
 * within {@link Bounded#TIME} and their allocation bound, the value is unknown with a diagnostic
 * naming the problem, and no file outside the template is read.
 */
class HostileConfigurationTest {

    private static final String AGENT_WITH_ENV = """
        resource "coder_agent" "main" {
          os   = "linux"
          arch = "amd64"
          env  = { VALUE = local.out }
        }
        """;

    /** Analyses the template and evaluates its {@code local.out}, both bounded. */
    private static Evaluated check(long maxMib, String... pathsAndTexts) {
        TemplateReport report = Bounded.run(Bounded.mib(maxMib), () -> Analyses.analyze(pathsAndTexts));
        assertThat(report.agents()).hasSize(1);
        Evaluated out = Bounded.run(Bounded.mib(maxMib), () -> Analyses.evaluateLocal("out", pathsAndTexts));
        return out;
    }

    @Test
    void cycleBetweenLocals() {
        Evaluated out = check(256, "main.tf", """
            locals {
              a   = local.b
              b   = "${local.c}x"
              c   = [local.a]
              out = local.a
            }
            """ + AGENT_WITH_ENV);
        assertThat(out.value().isKnown()).isFalse();
        assertThat(out.problems()).contains("cycle");
    }

    @Test
    void cycleBetweenModules() {
        Evaluated out = check(256,
            "main.tf", """
                module "a" {
                  source = "./a"
                  in     = module.b.out
                }
                module "b" {
                  source = "./b"
                  in     = module.a.out
                }
                locals { out = module.a.out }
                """ + AGENT_WITH_ENV,
            "a/main.tf", "variable \"in\" {}\noutput \"out\" { value = var.in }\n",
            "b/main.tf", "variable \"in\" {}\noutput \"out\" { value = var.in }\n");
        assertThat(out.value().isKnown()).isFalse();
        assertThat(out.problems()).contains("cycle");
    }

    @Test
    void moduleCallingItself() {
        Evaluated out = check(512,
            "main.tf", "module \"again\" {\n  source = \"./m\"\n}\nlocals { out = module.again }\n" + AGENT_WITH_ENV,
            "m/main.tf", "module \"again\" {\n  source = \"./\"\n}\nmodule \"twice\" {\n  source = \"../m\"\n}\n");
        assertThat(out.problems()).containsAnyOf("cycle", "itself", "deep");
    }

    @Test
    void forExpressionsBuildingEnormousCollections() {
        Evaluated out = check(2048, "main.tf", """
            locals {
              square = [for i in range(100000) : [for j in range(100000) : j]]
              keys   = { for i in range(1000000) : tostring(i) => i }
              out    = [length(local.square), length(local.keys)]
            }
            """ + AGENT_WITH_ENV);
        assertThat(out.value().isWhollyKnown()).isFalse();
        assertThat(out.problems()).contains("limit");
    }

    /**
     * Each value stays under its own step limit, but 30 of them would take minutes: the steps of
     * all the template's values share one budget (regression: 8 such values took 41 s).
     */
    @Test
    void manyExpensiveValuesShareOneStepBudget() {
        StringBuilder tf = new StringBuilder("locals {\n");
        StringBuilder out = new StringBuilder("  out = [");
        for (int i = 0; i < 30; i++) {
            tf.append("  sq").append(i).append(" = length([for i in range(3000) : [for j in range(3000) : j]])\n");
            out.append("local.sq").append(i).append(", ");
        }
        tf.append(out).append("]\n}\n").append(AGENT_WITH_ENV);
        Evaluated result = check(8192, "main.tf", tf.toString());
        assertThat(result.value().isWhollyKnown()).isFalse();
        // the template's steps or its value memory, whichever is spent first: both are shared by all values
        assertThat(result.problems()).containsAnyOf("steps in all", "bytes (estimated) in all");
    }

    @Test
    void countOfABillion() {
        Evaluated out = check(512, "main.tf", """
            resource "coder_app" "app" {
              count    = 1e9
              agent_id = coder_agent.main.id
              slug     = "app-${count.index}"
            }
            locals { out = length(coder_app.app) }
            """ + AGENT_WITH_ENV);
        assertThat(out.value().isKnown()).as("a count of 1e9 is not expanded").isFalse();
    }

    @Test
    void exponentialStringGrowth() {
        StringBuilder tf = new StringBuilder("locals {\n");
        for (int i = 0; i < 40; i++) {
            tf.append("  s").append(i).append(" = \"${local.s").append(i + 1).append("}${local.s").append(i + 1)
                .append("}\"\n");
        }
        tf.append("  s40 = \"ab\"\n  out = local.s0\n}\n").append(AGENT_WITH_ENV);
        Evaluated out = check(2048, "main.tf", tf.toString());
        assertThat(out.value().isKnown()).isFalse();
        assertThat(out.problems()).contains("limit");
    }

    @Test
    void moduleSourcesCannotLeaveTheTemplate() {
        String tf = """
            module "up" {
              source = "../../etc"
            }
            module "abs" {
              source = "/etc"
            }
            locals { out = [module.up, module.abs] }
            """ + AGENT_WITH_ENV;
        TemplateReport r = Bounded.run(Bounded.mib(256), () -> Analyses.analyze("main.tf", tf));
        assertThat(r.diagnostics()).extracting(Finding::message).anyMatch(m -> m.contains("../../etc"))
            .anyMatch(m -> m.contains("/etc"));
        check(256, "main.tf", tf);
    }

    @Test
    void fileFunctionsCannotReadOutsideTheTemplate() {
        Evaluated out = check(256, "main.tf", """
            locals {
              rel = file("../../../etc/passwd")
              abs = file("/etc/passwd")
              tpl = templatefile("/etc/hostname", {})
              set = fileset("/", "etc/*")
              out = "${local.rel}${local.abs}${local.tpl}${join(",", local.set)}"
            }
            """ + AGENT_WITH_ENV);
        assertThat(out.value().isKnown()).isFalse();
        assertThat(out.toString()).doesNotContain("root:x:0:0");
        assertThat(out.problems()).contains("../../../etc/passwd").contains("/etc/passwd");
    }
}
