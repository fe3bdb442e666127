package io.templint.hcl.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes the conformance status as Markdown: the summary table, then the mismatch classes (largest
 * first) with their examples, for whoever fixes the parser.
 */
public final class StatusReport {

    private StatusReport() { }

    /** The report text. */
    public static String render(Scoreboard board) {
        List<MismatchClasses.MismatchClass> classes = MismatchClasses.of(board.mismatches());
        StringBuilder sb = new StringBuilder();
        sb.append("# templint parser conformance status\n\n");
        sb.append("Generated ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
            .append(" by ConformanceTest (-Dconformance.status=...). Reference: hashicorp/hcl v2.23.0 ")
            .append("`hclsyntax.ParseConfig`; see shared/corpus/README.md.\n\n");
        sb.append(board.table()).append('\n');
        sb.append("Metrics: *verdict* = same accept/reject; *first-error-line* = for files the reference ")
            .append("rejects, our first error on its first error's line; *tree-equality* = for files the ")
            .append("reference accepts, the identical tree (compared whatever our verdict).\n\n");
        int total = classes.stream().mapToInt(MismatchClasses.MismatchClass::count).sum();
        sb.append("## Mismatch classes (").append(classes.size()).append(" classes, ")
            .append(total).append(" mismatches)\n\n");
        sb.append("A file's tree mismatch is classed by its first difference; later ones often follow from it.\n\n");
        int n = 0;
        for (MismatchClasses.MismatchClass c : classes) {
            n++;
            sb.append("### ").append(n).append(". ").append(c.metric()).append(" · ").append(c.construct())
                .append(" — ").append(c.count()).append(c.count() == 1 ? " file" : " files").append("\n\n");
            sb.append("- expected vs actual: ").append(c.expectedVsActual()).append('\n');
            for (String e : c.examples()) {
                sb.append("- e.g. ").append(e).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
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
