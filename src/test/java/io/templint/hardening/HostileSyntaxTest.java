package io.templint.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.TemplateReport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Large, malformed and odd files analysed end to end: each gives a report (with a located
 * diagnostic where the input is wrong) within {@link Bounded#TIME} and an allocation bound that
 * is a small multiple of the input.
 */
class HostileSyntaxTest {

    private static final int MB = 1 << 20;

    @Test
    void fiveMegabyteStringIsRead() {
        String tf = "locals {\n  s = \"" + "x".repeat(5 * MB) + "\"\n}\n";
        TemplateReport r = Bounded.run(Bounded.mib(1024), () -> Analyses.analyze(tf));
        assertThat(Analyses.messages(r, "syntax")).isEmpty();
    }

    @Test
    void fourMegabyteHeredocIsRead() {
        String tf = "locals {\n  s = <<-EOT\n" + "    line ${1 + 1} of text\n".repeat(4 * MB / 25) + "  EOT\n}\n";
        TemplateReport r = Bounded.run(Bounded.mib(1024), () -> Analyses.analyze(tf));
        assertThat(Analyses.messages(r, "syntax")).isEmpty();
    }

    @Test
    void hugeCommentsAreSkipped() {
        // 6 MiB of block comment and 3.3 MiB of line comments: under the 10 MiB a file may have (SourceLimits)
        String tf = "/*" + " comment ".repeat(MB * 2 / 3) + "*/\n" + "# line\n".repeat(500_000)
            + "resource \"coder_agent\" \"main\" {\n  os = \"linux\"\n}\n";
        TemplateReport r = Bounded.run(Bounded.mib(1024), () -> Analyses.analyze(tf));
        assertThat(Analyses.messages(r, "syntax")).isEmpty();
        assertThat(r.agents()).hasSize(1);
    }

    @Test
    void hundredThousandAttributes() {
        StringBuilder tf = new StringBuilder("locals {\n");
        for (int i = 0; i < 100_000; i++) {
            tf.append("  l").append(i).append(" = ").append(i == 0 ? "1" : "local.l" + (i - 1) + " + 1").append('\n');
        }
        tf.append("}\n");
        TemplateReport r = Bounded.run(Bounded.mib(2048), () -> Analyses.analyze(tf.toString()));
        assertThat(Analyses.messages(r, "syntax")).isEmpty();
    }

    @Test
    void hundredThousandBlocks() {
        StringBuilder tf = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            tf.append("resource \"null_resource\" \"r").append(i).append("\" {\n  triggers = { n = ").append(i)
                .append(" }\n}\n");
        }
        TemplateReport r = Bounded.run(Bounded.mib(2048), () -> Analyses.analyze(tf.toString()));
        assertThat(Analyses.messages(r, "syntax")).isEmpty();
    }

    @Test
    void veryLongLine() {
        String tf = "locals { l = [" + "\"abc\", ".repeat(MB / 2) + "] }\n";
        // loading takes about 860 MiB; evaluating the 524,288-element tuple (every local value is
        // evaluated, used or not, so that evaluation problems are always reported) about 130 MiB more
        TemplateReport r = Bounded.run(Bounded.mib(1152), () -> Analyses.analyze(tf));
        assertThat(Analyses.messages(r, "syntax")).isEmpty();
    }

    @Test
    void invalidUtf8IsADiagnostic() {
        byte[] head = "locals {\n  s = \"".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"\n}\n".getBytes(StandardCharsets.UTF_8);
        TemplateReport r = Bounded.run(Bounded.mib(64), () ->
            Analyses.analyze(Map.of("main.tf", concat(head, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, tail))));
        assertThat(r.diagnostics()).anySatisfy(f -> {
            assertThat(f.message()).containsIgnoringCase("UTF-8");
            assertThat(f.line()).isEqualTo(2);
        });
    }

    @Test
    void nulBytesAreADiagnostic() {
        TemplateReport r = Bounded.run(Bounded.mib(64), () ->
            Analyses.analyze("locals {\n  a = 1\u0000\u0000\n}\nresource \"coder_agent\" \"main\" {\n}\n"));
        assertThat(Analyses.messages(r, "syntax")).isNotEmpty();
    }

    @Test
    void byteOrderMarkInTheMiddleIsADiagnostic() {
        TemplateReport r = Bounded.run(Bounded.mib(64), () -> Analyses.analyze("\uFEFFlocals {\n  a = 1\n}\n\uFEFFlocals {\n  b = 2\n}\n"));
        assertThat(r.diagnostics()).filteredOn(f -> f.rule().equals("syntax")).isNotEmpty()
            .allSatisfy(f -> assertThat(f.line()).isEqualTo(4));
    }

    @Test
    void unterminatedTemplateIsADiagnostic() {
        TemplateReport r = Bounded.run(Bounded.mib(64), () -> Analyses.analyze("locals {\n  a = \"${var.x\n  b = \"%{ if true }\n}\n"));
        assertThat(Analyses.messages(r, "syntax")).isNotEmpty();
    }

    @Test
    void unterminatedHeredocIsADiagnostic() {
        TemplateReport r = Bounded.run(Bounded.mib(64), () -> Analyses.analyze("locals {\n  a = <<EOT\nno end\n" + "x\n".repeat(100_000)));
        assertThat(Analyses.messages(r, "syntax")).isNotEmpty();
    }

    /** 40 nested {@code for} directives over two elements would render 2^40 times: the step limit stops it. */
    @Test
    void nestedDirectivesWithExponentialWorkAreStopped() {
        String tf = "locals {\n  a = \"" + "%{for v in [1, 2]}%{if true}".repeat(40) + "x"
            + "%{endif}%{endfor}".repeat(40) + "\"\n}\n"
            + "resource \"coder_agent\" \"main\" {\n  os = \"linux\"\n  env = { A = local.a }\n}\n";
        TemplateReport r = Bounded.run(Bounded.mib(2048), () -> Analyses.analyze(tf));
        assertThat(Analyses.messages(r, "syntax")).isEmpty();
        assertThat(r.agents()).hasSize(1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
