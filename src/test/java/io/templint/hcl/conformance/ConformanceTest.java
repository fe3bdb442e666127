package io.templint.hcl.conformance;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares templint's native-syntax parser with HashiCorp's, file by file, over every corpus of
 * {@code shared/corpus} that has reference verdicts (see {@link Corpus#ALL}). Three metrics: same
 * accept/reject verdict, first error on the same line, identical tree, and for rejected files the
 * first error's exact range, the number of errors and each error's range (see {@link Metric}). Each
 * file is a dynamic test that passes only on exact agreement, except for the differences listed in
 * {@link #KNOWN_DIFFERENCES}; a listed difference that has gone away fails too, so the list stays
 * true. After the run a summary table is printed.
 *
 * <p>System properties: {@code templint.shared} (the shared folder; set by the build),
 * {@code conformance.corpus} (comma-separated corpus names to run, default all),
 * {@code conformance.status} (a file to write the mismatch classes to, as Markdown),
 * {@code conformance.timeoutMs} (per-file time limit, default 10000).
 */
class ConformanceTest {

    /**
     * Differences from the reference that are accepted for now, one per line:
     * {@code corpus/file | metric | reason}, metric one of the asserted {@link Metric}s.
     */
    static final String KNOWN_DIFFERENCES = """
        # corpus/file | metric | reason
        """;

    private static final KnownDifferences KNOWN = KnownDifferences.parse(KNOWN_DIFFERENCES);
    private static final Scoreboard BOARD = new Scoreboard();
    private static final Set<String> VISITED = ConcurrentHashMap.newKeySet();
    private static final Checker CHECKER = new Checker(Long.getLong("conformance.timeoutMs", 10_000));
    /** The cases of each selected corpus, read once. */
    private static final Map<String, List<ConformanceCase>> CASES = new ConcurrentHashMap<>();

    @TestFactory
    Stream<? extends DynamicNode> corpora() {
        return SharedCorpus.dynamicTests("corpus", root -> selectedCorpora().stream()
            .map(corpus -> dynamicContainer(corpus.name(),
                cases(corpus, root).stream().map(c -> dynamicTest(c.file(), () -> check(c))))));
    }

    private static List<ConformanceCase> cases(Corpus corpus, Path root) {
        return CASES.computeIfAbsent(corpus.name(), n -> corpus.cases(root));
    }

    private static void check(ConformanceCase c) {
        Outcome o = CHECKER.check(c);
        BOARD.record(o);
        VISITED.add(c.id());
        List<String> problems = new ArrayList<>();
        for (Metric m : Metric.assertedMetrics()) {
            Boolean agrees = m.judge(o);
            KnownDifferences.Entry known = KNOWN.find(c.id(), m);
            if (agrees == null) {
                if (known != null) {
                    problems.add(m.label() + " is not judged for this file: remove its known difference");
                }
            } else if (!agrees && known == null) {
                problems.add(m.label() + ": " + explain(o, m));
            } else if (agrees && known != null) {
                problems.add(m.label() + " now agrees with the reference: remove the known difference '"
                    + known.reason() + "'");
            }
        }
        if (!problems.isEmpty()) {
            fail(c.id() + "\n  " + String.join("\n  ", problems));
        }
    }

    private static String explain(Outcome o, Metric m) {
        return MismatchClasses.mismatches(o).stream()
            .filter(x -> x.metric().equals(m.label()) || x.metric().equals("crash"))
            .map(x -> x.expectedVsActual() + " — " + x.example())
            .findFirst().orElse("disagrees");
    }

    @AfterAll
    static void report() throws IOException {
        CHECKER.close();
        if (BOARD.isEmpty()) {
            return;
        }
        System.out.println("\nParser conformance (templint vs hashicorp/hcl v2.23.0):\n" + BOARD.table());
        String status = System.getProperty("conformance.status");
        if (status != null && !status.isBlank()) {
            StatusReport.write(BOARD, Path.of(status));
            System.out.println("Mismatch classes written to " + status);
        }
        Set<String> corpora = selectedCorpora().stream().map(Corpus::name).collect(Collectors.toSet());
        List<String> unused = KNOWN.ofCorpora(corpora).stream()
            .filter(e -> !VISITED.contains(e.caseId()))
            .map(e -> e.caseId() + " | " + e.metric().label())
            .toList();
        if (!unused.isEmpty() && VISITED.size() == expectedCaseCount()) {
            fail("known differences name files that are not in the corpus:\n  " + String.join("\n  ", unused));
        }
    }

    /** How many cases the selected corpora have (to tell a full run from one filtered by JUnit). */
    private static int expectedCaseCount() {
        Path root = corpusRoot();
        return selectedCorpora().stream().mapToInt(c -> cases(c, root).size()).sum();
    }

    private static Path corpusRoot() {
        return SharedCorpus.corpus();
    }

    private static List<Corpus> selectedCorpora() {
        String only = System.getProperty("conformance.corpus", "").strip();
        if (only.isEmpty()) {
            return Corpus.ALL;
        }
        Set<String> names = Arrays.stream(only.split(",")).map(String::strip).collect(Collectors.toSet());
        List<Corpus> out = Corpus.ALL.stream().filter(c -> names.contains(c.name())).toList();
        if (out.size() != names.size()) {
            throw new IllegalArgumentException("unknown corpus in conformance.corpus=" + only + "; known: "
                + Corpus.ALL.stream().map(Corpus::name).toList());
        }
        return out;
    }
}
