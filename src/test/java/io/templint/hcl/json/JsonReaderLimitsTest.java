package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Expressions;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.testkit.Crashes;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Large and deep input: limits turn into diagnostics, nothing recurses per nesting level. */
class JsonReaderLimitsTest {

    /** A locals file whose value "deep" nests {@code arrays} arrays: the whole file nests arrays + 2. */
    private static String deepLocals(int arrays) {
        return "{\"locals\": {\"deep\": " + "[".repeat(arrays) + "1" + "]".repeat(arrays) + "}}";
    }

    private static int tupleDepth(Expression e) {
        AtomicInteger tuples = new AtomicInteger();
        Expressions.walk(e, x -> {
            if (x instanceof Expression.TupleCons) {
                tuples.incrementAndGet();
            }
        });
        return tuples.get();
    }

    /** Runs on a thread with a small stack, as an embedding service's worker might have. */
    private static HclFile readOnSmallStack(String name, String json, ParseOptions options) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(Hcl.parse(SourceFile.of(name, json), options));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 256 * 1024);
        t.start();
        t.join();
        assertThat(result.get()).isInstanceOf(HclFile.class);
        return (HclFile) result.get();
    }

    @Test
    void tenThousandLevelsAreRead() throws InterruptedException {
        HclFile file = readOnSmallStack("deep.tf.json", deepLocals(9_998), ParseOptions.DEFAULTS);

        assertThat(file.diagnostics()).isEmpty();
        Expression deep = file.body().blocks("locals").get(0).body().attribute("deep").expression();
        assertThat(tupleDepth(deep)).isEqualTo(9_998);
    }

    @Test
    void deeperThanTheLimitIsOneDiagnostic() throws InterruptedException {
        HclFile file = readOnSmallStack("deep.tf.json", deepLocals(9_999), ParseOptions.DEFAULTS);

        assertThat(file.diagnostics()).extracting(Diagnostic::summary).containsExactly("Nesting too deep");
        assertThat(file.diagnostics().get(0).subject().startByte()).isGreaterThan(10_000);
        assertThat(file.body().blocks("locals")).hasSize(1);
    }

    @Test
    void nestingLimitComesFromTheOptions() {
        ParseOptions shallow = new ParseOptions(4, ParseOptions.DEFAULTS.maxFileBytes());
        HclFile ok = Hcl.parse(SourceFile.of("a.tf.json", deepLocals(2)), shallow);
        HclFile tooDeep = Hcl.parse(SourceFile.of("a.tf.json", deepLocals(3)), shallow);

        assertThat(ok.diagnostics()).isEmpty();
        assertThat(tooDeep.diagnostics()).extracting(Diagnostic::summary).containsExactly("Nesting too deep");
    }

    @Test
    void fileSizeLimitComesFromTheOptions() {
        ParseOptions tiny = new ParseOptions(100, 10);
        HclFile file = Hcl.parse(SourceFile.of("a.tf.json", "{\"locals\": {}}"), tiny);

        assertThat(file.diagnostics()).extracting(Diagnostic::summary).containsExactly("File too large");
        assertThat(file.body().items()).isEmpty();
    }

    @Test
    void fiveMegabyteStringIsRead() {
        String big = "x".repeat(5 * 1024 * 1024) + "é";
        HclFile file = large("big.tf.json", "{\"locals\": {\"big\": \"" + big + "\", \"after\": 1}}");

        assertThat(file.diagnostics()).isEmpty();
        Expression.Template t = (Expression.Template) file.body().blocks("locals").get(0).body()
            .attribute("big").expression();
        assertThat(t.literalString()).isEqualTo(big);
        assertThat(t.range().endColumn() - t.range().startColumn()).isEqualTo(big.length() + 2);
        assertThat(file.body().blocks("locals").get(0).body().attribute("after").nameRange().startByte())
            .isEqualTo(t.range().endByte() + 2);
    }

    @Test
    void longNumbersAreReportedNotDecoded() {
        HclFile file = JsonFixtures.text("n.tf.json", "{\"locals\": {\"n\": " + "9".repeat(20_000) + "}}");

        assertThat(file.diagnostics()).extracting(Diagnostic::summary).containsExactly("Number too long");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard only: the speed is measured with -Pbench
    void largeMinifiedFileIsRead() {
        StringBuilder sb = new StringBuilder("{\"resource\": {\"null_resource\": {");
        int count = 40_000;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("\"r").append(i).append("\": {\"triggers\": {\"name\": \"ünïcödé-").append(i)
                .append("\", \"n\": ").append(i).append("}, \"count\": 1}");
        }
        sb.append("}}}");
        String json = sb.toString();
        JsonFixtures.text("warm.tf.json", json.substring(0, 2_000) + "}}}}}");

        HclFile file = large("big.tf.json", json);

        assertThat(file.diagnostics()).isEmpty();
        assertThat(file.body().blocks("resource")).hasSize(count);
        Block last = file.body().blocks("resource").get(count - 1);
        int at = json.indexOf("\"r" + (count - 1) + "\"");
        assertThat(last.labels().get(1).range().startByte())
            .isEqualTo(json.substring(0, at).getBytes(StandardCharsets.UTF_8).length);
        assertThat(last.labels().get(1).range().startLine()).isEqualTo(1);
        assertThat(last.labels().get(1).range().startColumn()).isEqualTo(at + 1);
    }

    /** Parses with room for files past the default 2 MiB limit (these shapes are cheap per byte). */
    private static HclFile large(String name, String json) {
        return Crashes.check(Hcl.parse(SourceFile.of(name, json),
            new ParseOptions(ParseOptions.DEFAULTS.maxNestingDepth(), 64L << 20)));
    }

    /** A resource whose body nests {@code pairs} dynamic blocks, each with its content block. */
    private static String nestedDynamics(int pairs) {
        String open = "{\"dynamic\": {\"x\": {\"for_each\": [], \"content\": ";
        return "{\"resource\": {\"t\": {\"n\": " + open.repeat(pairs) + "{\"a\": 1}" + "}}}".repeat(pairs) + "}}}";
    }

    @Test
    void nestedDynamicBlocksAreBounded() throws InterruptedException {
        HclFile ok = readOnSmallStack("d.tf.json", nestedDynamics(40), ParseOptions.DEFAULTS);
        HclFile tooDeep = readOnSmallStack("d.tf.json", nestedDynamics(60), ParseOptions.DEFAULTS);

        assertThat(ok.diagnostics()).isEmpty();
        assertThat(tooDeep.diagnostics()).extracting(Diagnostic::summary).containsExactly("Blocks nested too deeply");
        Block block = tooDeep.body().blocks("resource").get(0);
        int depth = 0;
        while (!block.body().blocks().isEmpty()) {
            block = block.body().blocks().get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(BodyDecoder.MAX_BLOCK_DEPTH - 1);
    }
}
