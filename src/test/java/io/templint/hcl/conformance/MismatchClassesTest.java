package io.templint.hcl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MismatchClassesTest {

    private static final String SOURCE = "a = 1\nb = [\n";

    private static ConformanceCase rejectedCase(String file) throws Exception {
        String line = ("{'file':'./" + file + "','errors':true,'diagnostics':[{'severity':'error','summary':'Missing"
            + " item separator','detail':'Expected a comma.','subject':[3,1,12,3,1,12]}],'body':{'attrs':[],"
            + "'blocks':[],'r':[1,1,0,3,1,12]}}").replace('\'', '"');
        return new ConformanceCase("hcl/test", file, Path.of(file), ConformanceCase.Mode.CONFIG,
            Reference.fromOracle(Corpus.JSON.readTree(line)));
    }

    private static ConformanceCase acceptedCase(String file) throws Exception {
        String line = ("{'file':'" + file + "','errors':false,'diagnostics':[],'body':{'attrs':[],'blocks':[],"
            + "'r':[1,1,0,3,1,12]}}").replace('\'', '"');
        return new ConformanceCase("hcl/test", file, Path.of(file), ConformanceCase.Mode.CONFIG,
            Reference.fromOracle(Corpus.JSON.readTree(line)));
    }

    private static Diagnostic error(int line, int col, int offset) {
        Pos p = new Pos(line, col, offset);
        return Diagnostic.error("Invalid expression", "Expected the start of an expression.", new Range("x", p, p));
    }

    @Test
    void classesVerdictFirstLineAndTreeMismatchesWithExamples() throws Exception {
        SourceFile src = SourceFile.of("x", SOURCE);
        Outcome wrongLine = new Outcome(rejectedCase("a.hcl"), src, List.of(error(2, 5, 10)), List.of(), null);
        Outcome accepted = new Outcome(rejectedCase("b.hcl"), src, List.of(), List.of(), null);
        JsonDiff.Difference d = JsonDiff.compare(Corpus.JSON.readTree("{\"r\":[1,1,0,3,1,12]}"),
            Corpus.JSON.readTree("{\"r\":[1,1,0,3,1,11]}"), "body", 5).get(0);
        Outcome wrongTree = new Outcome(acceptedCase("c.hcl"), src, List.of(), List.of(d), null);

        assertThat(Metric.VERDICT.judge(wrongLine)).isTrue();
        assertThat(Metric.FIRST_ERROR_LINE.judge(wrongLine)).isFalse();
        assertThat(Metric.VERDICT.judge(accepted)).isFalse();
        assertThat(Metric.TREE.judge(wrongTree)).isFalse();
        assertThat(Metric.FIRST_ERROR_LINE.judge(wrongTree)).isNull();

        List<MismatchClasses.MismatchClass> classes = MismatchClasses.of(List.of(wrongLine, accepted, wrongTree));
        assertThat(classes).extracting(c -> c.metric() + " · " + c.construct()).contains(
            "first-error-line · \"Missing item separator\"",
            "verdict · accepts invalid input",
            "tree · Body.r");
        MismatchClasses.MismatchClass tree = classes.stream().filter(c -> c.metric().equals("tree")).findFirst()
            .orElseThrow();
        assertThat(tree.expectedVsActual()).isEqualTo("range differs at end");
        assertThat(tree.examples()).singleElement().asString()
            .contains("hcl/test/c.hcl:1 `a = 1`", "body.r: expected [1,1,0,3,1,12], got [1,1,0,3,1,11]");
    }

    @Test
    void theStatusReportListsTablesAndClasses() throws Exception {
        SourceFile src = SourceFile.of("x", SOURCE);
        Scoreboard board = new Scoreboard();
        board.record(new Outcome(rejectedCase("a.hcl"), src, List.of(error(3, 1, 12)), List.of(), null));
        board.record(new Outcome(rejectedCase("b.hcl"), src, List.of(), List.of(), "java.lang.StackOverflowError"));
        String report = StatusReport.render(board);
        assertThat(report).contains("| hcl/test", "50.00%    1/2", "## Mismatch classes of the asserted metrics",
            "crash · parser", "java.lang.StackOverflowError");
        assertThat(board.tallies().get("hcl/test").agreed(Metric.VERDICT)).isEqualTo(1);
    }
}
