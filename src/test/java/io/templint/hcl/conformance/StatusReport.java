package io.templint.hcl.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes the conformance status as Markdown: the summary tables, then the mismatch classes (largest
 * first) with examples, for whoever fixes the parser: first those of the asserted metrics (they fail
 * the build), then those of the reported-only ones (error recovery).
 */
public final class StatusReport {

    private StatusReport() { }

    /** The report text. */
    public static String render(Scoreboard board) {
        List<MismatchClasses.MismatchClass> classes = MismatchClasses.of(board.mismatches());
        List<MismatchClasses.MismatchClass> asserted = classes.stream().filter(StatusReport::isAsserted).toList();
        List<MismatchClasses.MismatchClass> reported = classes.stream().filter(c -> !isAsserted(c)).toList();
        StringBuilder sb = new StringBuilder();
        sb.append("# templint parser conformance status\n\n");
        sb.append("Generated ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
            .append(" by ConformanceTest (-Dconformance.status=...). Reference: hashicorp/hcl v2.23.0 ")
            .append("`hclsyntax.ParseConfig`; see shared/corpus/README.md.\n\n");
        sb.append("## Asserted metrics\n\n").append(board.table()).append('\n');
        sb.append("*verdict* = same accept/reject; *first-error-line* = for files the reference rejects, our ")
            .append("first error on its first error's line; *tree-equality* = for files the reference accepts, ")
            .append("the identical tree (compared whatever our verdict).\n\n");
        sb.append("## Reported metrics (error recovery; not asserted)\n\n")
            .append(board.table(Metric.reportedMetrics())).append('\n');
        sb.append("For files the reference rejects: *first-error-range* = our first error has exactly its ")
            .append("range; *error-count* = as many errors; *error-ranges* = every error at the reference's range, in order; *recovered-tree* = the identical recovered tree.\n\n");
        section(sb, "Mismatch classes of the asserted metrics", asserted, 1);
        section(sb, "Mismatch classes of the reported metrics", reported, asserted.size() + 1);
        return sb.toString();
    }

    private static boolean isAsserted(MismatchClasses.MismatchClass c) {
        return c.metric().equals("crash") || Metric.byLabel(c.metric()).asserted();
    }

    private static void section(StringBuilder sb, String title, List<MismatchClasses.MismatchClass> classes,
                                int firstNumber) {
        int total = classes.stream().mapToInt(MismatchClasses.MismatchClass::count).sum();
        sb.append("## ").append(title).append(" (").append(classes.size()).append(" classes, ")
            .append(total).append(" mismatches)\n\n");
        if (classes.isEmpty()) {
            sb.append("None.\n\n");
            return;
        }
        sb.append("A file's tree mismatch is classed by its first difference; later ones often follow from it.\n\n");
        int n = firstNumber;
        for (MismatchClasses.MismatchClass c : classes) {
            sb.append("### ").append(n++).append(". ").append(c.metric()).append(" · ").append(c.construct())
                .append(" — ").append(c.count()).append(c.count() == 1 ? " file" : " files").append("\n\n");
            sb.append("- expected vs actual: ").append(c.expectedVsActual()).append('\n');
            for (String e : c.examples()) {
                sb.append("- e.g. ").append(e).append('\n');
            }
            sb.append('\n');
        }
    }

    /** Writes the report to {@code file}. */
    public static void write(Scoreboard board, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(board), StandardCharsets.UTF_8);
    }
}
