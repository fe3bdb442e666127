package io.templint.hcl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Body;
import io.templint.hcl.HclFile;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckerTest {

    @TempDir
    Path dir;

    private ConformanceCase accepted(String text) throws Exception {
        Path file = dir.resolve("t.hcl");
        Files.writeString(file, text);
        Reference ref = Reference.fromOracle(Corpus.JSON.readTree(
            "{\"file\":\"t.hcl\",\"errors\":false,\"diagnostics\":[],\"body\":{\"attrs\":[],\"blocks\":[],"
                + "\"r\":[1,1,0,1,1,0]}}"));
        return new ConformanceCase("hcl/test", "t.hcl", file, ConformanceCase.Mode.CONFIG, ref);
    }

    private static Checker.Parsed emptyFile(io.templint.hcl.SourceFile source) {
        Range r = Range.at(source.name(), Pos.START);
        return new Checker.Parsed(new HclFile(source, new Body(List.of(), r, r), List.of(), List.of()), List.of());
    }

    @Test
    void agreesWhenTheParserGivesTheReferenceTree() throws Exception {
        try (Checker checker = new Checker(5_000, (mode, source) -> emptyFile(source))) {
            Outcome o = checker.check(accepted(""));
            assertThat(o.crash()).isNull();
            assertThat(Metric.VERDICT.judge(o)).isTrue();
            assertThat(Metric.TREE.judge(o)).isTrue();
        }
    }

    @Test
    void reportsAnEscapingExceptionAsACrash() throws Exception {
        try (Checker checker = new Checker(5_000, (mode, source) -> {
            throw new IllegalStateException("boom");
        })) {
            Outcome o = checker.check(accepted(""));
            assertThat(o.crash()).contains("IllegalStateException", "boom");
            assertThat(Metric.VERDICT.judge(o)).isFalse();
            assertThat(Metric.TREE.judge(o)).isFalse();
        }
    }

    @Test
    void reportsAHangAndCarriesOnWithTheNextFile() throws Exception {
        AtomicBoolean first = new AtomicBoolean(true);
        AtomicBoolean released = new AtomicBoolean(false);
        try (Checker checker = new Checker(300, (mode, source) -> {
            if (first.getAndSet(false)) {
                while (!released.get()) {
                    LockSupport.parkNanos(1_000_000); // ignores interruption, like a parser stuck in a loop
                }
            }
            return emptyFile(source);
        })) {
            Outcome hung = checker.check(accepted(""));
            assertThat(hung.crash()).contains("no result within 300 ms");
            Outcome next = checker.check(accepted(""));
            assertThat(next.crash()).isNull();
        } finally {
            released.set(true);
        }
    }

    @Test
    void reportsAMissingFile() throws Exception {
        ConformanceCase c = accepted("");
        Files.delete(c.path());
        try (Checker checker = new Checker(5_000, (mode, source) -> emptyFile(source))) {
            assertThat(checker.check(c).crash()).startsWith("cannot read");
        }
    }
}
