package io.templint.hcl.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.templint.hcl.Attribute;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.testkit.Crashes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Hostile inputs: deep nesting, huge files, binary garbage. Never an exception, internal error,
 * diagnostic outside the input ({@link Crashes}), hang or overflow. The time bounds only catch a
 * hang; speed is measured by the benchmarks ({@code -Pbench}).
 */
class RobustnessTest {

    /** Only a hang reaches it, even on a loaded 2-core machine. */
    private static final Duration HANG = Duration.ofMinutes(2);

    /** Room for the huge inputs here (the default limit is 2 MiB; these shapes are cheaper per byte). */
    private static final ParseOptions LARGE = new ParseOptions(ParseOptions.DEFAULTS.maxNestingDepth(), 64L << 20);

    private static HclFile parse(String text) {
        return Crashes.check(NativeParser.parseFile(SourceFile.of("t.hcl", text), LARGE));
    }

    private static HclFile parseBytes(byte[] bytes) {
        return Crashes.check(NativeParser.parseFile(new SourceFile("t.hcl", bytes), LARGE));
    }

    private static HclFile timed(String text) {
        return assertTimeoutPreemptively(HANG, () -> parse(text));
    }

    @Test
    void tenThousandNestedParenthesesParse() {
        int n = 10_000 - 10;
        HclFile f = timed("a = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n");
        assertThat(f.diagnostics()).isEmpty();
        Expression e = f.body().attribute("a").expression();
        for (int i = 0; i < n; i++) {
            e = ((Expression.Parentheses) e).expression();
        }
        assertThat(e).isInstanceOf(Expression.LiteralValue.class);
    }

    @Test
    void tenThousandNestedBlocksAndCollectionsParse() {
        int n = 9_000;
        HclFile blocks = timed("a {\n".repeat(n) + "}\n".repeat(n));
        assertThat(blocks.diagnostics()).isEmpty();
        HclFile tuples = timed("a = " + "[".repeat(n) + "]".repeat(n) + "\n");
        assertThat(tuples.diagnostics()).isEmpty();
        HclFile objects = timed("a = " + "{a = ".repeat(n) + "1" + "}".repeat(n) + "\n");
        assertThat(objects.diagnostics()).isEmpty();
        HclFile templates = timed("a = " + "\"${".repeat(4_000) + "1" + "}\"".repeat(4_000) + "\n");
        assertThat(templates.diagnostics()).isEmpty();
    }

    @Test
    void tooDeepNestingIsOneDiagnosticWithoutParsing() {
        int n = 100_000;
        HclFile f = timed("a = " + "(".repeat(n) + "1" + ")".repeat(n) + "\n");
        assertThat(f.diagnostics()).hasSize(1);
        Diagnostic d = f.diagnostics().get(0);
        assertThat(d.summary()).isEqualTo("Nesting too deep");
        assertThat(d.subject().startLine()).isEqualTo(1);
        assertThat(f.body().items()).isEmpty();

        HclFile bangs = timed("a = " + "!".repeat(n) + "true\n");
        assertThat(bangs.diagnostics()).extracting(Diagnostic::summary).containsExactly("Nesting too deep");
    }

    @Test
    void customNestingLimitIsHonoured() {
        HclFile f = Crashes.check(NativeParser.parseFile(SourceFile.of("t.hcl", "a = [[[[1]]]]\n"), new ParseOptions(3, 1024)));
        assertThat(f.diagnostics()).extracting(Diagnostic::summary).containsExactly("Nesting too deep");
        HclFile big = Crashes.check(NativeParser.parseFile(SourceFile.of("t.hcl", "a = 1\n"), new ParseOptions(10, 3)));
        assertThat(big.diagnostics()).extracting(Diagnostic::summary).containsExactly("File too large");
    }

    @Test
    void recursionWithoutBracketsIsRetriedOnALargeStack() throws Exception {
        // a long chain of conditionals recurses without nesting brackets; parse it on a thread whose
        // stack is far too small, so that the parser has to fall back to its own large-stack thread
        String text = "a = " + "x ? 1 : ".repeat(20_000) + "0\n";
        AtomicReference<HclFile> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> result.set(parse(text)), "small-stack", 256 * 1024);
        t.start();
        t.join(30_000);
        assertThat(result.get()).isNotNull();
        assertThat(result.get().diagnostics()).isEmpty();
        assertThat(result.get().body().attribute("a").expression()).isInstanceOf(Expression.Conditional.class);
    }

    @Test
    void hugeInputsAreLinear() {
        String line = "some text with ${var.x} and more text\n";
        String heredoc = "a = <<EOT\n" + line.repeat(4 * 1024 * 1024 / line.length()) + "EOT\n";
        HclFile h = timed(heredoc);
        assertThat(h.diagnostics()).isEmpty();

        String str = "a = \"" + "x\\n€".repeat(5 * 1024 * 1024 / 6) + "\"\n";
        HclFile s = timed(str);
        assertThat(s.diagnostics()).isEmpty();
        assertThat(((Expression.Template) s.body().attribute("a").expression()).literalString()).endsWith("x\n€");

        StringBuilder attrs = new StringBuilder("b {\n");
        for (int i = 0; i < 100_000; i++) {
            attrs.append("  a").append(i).append(" = ").append(i).append('\n');
        }
        HclFile many = timed(attrs.append("}\n").toString());
        assertThat(many.diagnostics()).isEmpty();
        assertThat(many.body().blocks().get(0).body().items()).hasSize(100_000);

        HclFile longLine = timed("a = [" + "1, ".repeat(300_000) + "]\n");
        assertThat(longLine.diagnostics()).isEmpty();
    }

    @Test
    void millionsOfTinyTokensStayCheap() {
        byte[] newlines = new byte[4 * 1024 * 1024];
        java.util.Arrays.fill(newlines, (byte) '\n');
        HclFile f = assertTimeoutPreemptively(HANG, () -> parseBytes(newlines));
        assertThat(f.diagnostics()).isEmpty();

        byte[] junk = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(junk, (byte) '@');
        HclFile g = assertTimeoutPreemptively(HANG, () -> parseBytes(junk));
        // one "Invalid character" per character as hclsyntax does, up to a cap, then the parse error
        assertThat(g.diagnostics()).hasSize(InvalidTokens.MAX_REPEATED + 1);
        assertThat(g.diagnostics().get(0).summary()).isEqualTo("Invalid character");
    }

    @Test
    void largeFilesStoreTokensPackedWithTheSameResult() throws Exception {
        String padding = "\n# " + "x".repeat(TokenTable.PACKED_FROM_BYTES) + "\n";
        try (java.util.stream.Stream<java.nio.file.Path> files =
                 java.nio.file.Files.list(java.nio.file.Path.of("testdata", "hcl", "valid"))) {
            for (java.nio.file.Path p : files.sorted().toList()) {
                String text = java.nio.file.Files.readString(p);
                HclFile small = parse(text);
                HclFile large = parse(text + padding);
                assertThat(describe(large)).as(p.toString()).isEqualTo(describe(small));
            }
        }
    }

    /** Every item with its range and rendered tree, recursively. */
    private static String describe(HclFile f) {
        StringBuilder sb = new StringBuilder();
        describe(f.body(), sb);
        f.diagnostics().forEach(d -> sb.append(d).append('\n'));
        return sb.toString();
    }

    private static void describe(io.templint.hcl.Body body, StringBuilder sb) {
        for (io.templint.hcl.BodyItem item : body.items()) {
            sb.append(item.range()).append(' ');
            if (item instanceof Attribute a) {
                sb.append(a.name()).append(" = ").append(TreeText.of(a.expression())).append('\n');
            } else {
                io.templint.hcl.Block b = (io.templint.hcl.Block) item;
                sb.append(b.type()).append(b.labels()).append(" {\n");
                describe(b.body(), sb);
                sb.append("}\n");
            }
        }
    }

    @Test
    void binaryGarbageGivesDiagnostics() {
        HclFile nul = parseBytes("a = \0\0\n".getBytes(StandardCharsets.UTF_8));
        assertThat(nul.diagnostics()).extracting(Diagnostic::summary).contains("Invalid character");

        byte[] bad = {'a', ' ', '=', ' ', '"', (byte) 0xff, (byte) 0xfe, '"', '\n', (byte) 0xc3};
        HclFile f = parseBytes(bad);
        assertThat(f.diagnostics()).extracting(Diagnostic::summary).first().isEqualTo("Invalid character encoding");
        assertThat(f.diagnostics().get(0).subject().startColumn()).isEqualTo(6);
    }

    @Test
    void randomMutationsNeverThrow() {
        String seed = """
            resource "a" "b" {
              x = [for k, v in var.m : "${k}=${v}" if v != null]
              y = { (k) = 1, "q" : 2 }
              z = <<-EOT
                %{ if a ~}yes%{ else }no%{ endif }
                EOT
              w = f(a...)[0].b.*.c[*].d ? -1.5e3 : !true
            }
            """;
        byte[] base = seed.getBytes(StandardCharsets.UTF_8);
        byte[] alphabet = "{}[]()\"'$%~<>-=!?:.,*/\\\n\r\t #EOT ${%{0a".getBytes(StandardCharsets.UTF_8);
        Random rnd = new Random(42);
        assertTimeoutPreemptively(HANG, () -> {
            for (int round = 0; round < 3000; round++) {
                byte[] b = base.clone();
                int edits = 1 + rnd.nextInt(6);
                for (int e = 0; e < edits; e++) {
                    int at = rnd.nextInt(b.length);
                    b[at] = rnd.nextInt(10) == 0 ? (byte) rnd.nextInt(256) : alphabet[rnd.nextInt(alphabet.length)];
                }
                int cut = rnd.nextInt(b.length + 1);
                byte[] mutated = java.util.Arrays.copyOf(b, cut);
                HclFile f = parseBytes(mutated);
                assertThat(f.body()).isNotNull();
                SourceFile e = new SourceFile("e.hcl", mutated);
                Crashes.check(NativeParser.parseExpression(e, ParseOptions.DEFAULTS).diagnostics(), e);
                String text = new String(mutated, StandardCharsets.UTF_8);
                Crashes.check(NativeParser.parseTemplate("t.json", text, io.templint.hcl.Pos.START,
                    ParseOptions.DEFAULTS).diagnostics(), SourceFile.of("t.json", text));
            }
        });
    }

    @Test
    void attributeRangesStayInsideTheFile() {
        HclFile f = parse("a = 1\n");
        Attribute a = f.body().attribute("a");
        assertThat(a.range().endByte()).isEqualTo(5);
    }
}
