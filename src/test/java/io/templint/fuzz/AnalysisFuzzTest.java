package io.templint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.templint.api.Report;
import io.templint.api.ReportJson;
import io.templint.api.Templint;
import io.templint.api.TemplintException;
import io.templint.testkit.Crashes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the whole analysis through the public API. An input is either an
 * archive (gzip, zip or tar magic) or a text bundle of files, each introduced by a line
 * {@code -- path --} (text before the first such line is {@code main.tf}), so that seeds are
 * readable templates with modules, JSON syntax and variable files. Property: a report with one
 * template comes back, holds no internal error and no finding outside its file ({@link Crashes}),
 * and serialises to JSON; the only exception allowed is
 * {@link TemplintException} for a source that cannot be read (corrupt archive, unsafe path).
 * Seeds: {@code AnalysisFuzzTestInputs}.
 */
public class AnalysisFuzzTest {

    private static final Templint TEMPLINT = Templint.create();

    /** Entry point of the standalone Jazzer driver, for long sessions (see README, "Fuzzing"). */
    public static void fuzzerTestOneInput(byte[] input) {
        new AnalysisFuzzTest().analyze(input);
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = FuzzChecks.REGRESSION_TIMEOUT_MINUTES, unit = TimeUnit.MINUTES)
    void analyze(byte[] input) {
        boolean archive = isArchive(input);
        Map<String, byte[]> files = archive ? null : bundle(input);
        Report report;
        try {
            report = archive
                ? TEMPLINT.analyzeArchive(new ByteArrayInputStream(input), "fuzz")
                : TEMPLINT.analyze(files, "fuzz");
        } catch (TemplintException refused) {
            return;
        }
        if (report.templates().size() != 1) {
            throw new AssertionError("expected one template: " + report);
        }
        Crashes.check(report, files);
        ReportJson.toJson(report);
    }

    private static boolean isArchive(byte[] b) {
        return b.length >= 2 && ((b[0] == 0x1f && (b[1] & 0xff) == 0x8b) || (b[0] == 'P' && b[1] == 'K'))
            || b.length >= 263 && new String(b, 257, 5, StandardCharsets.ISO_8859_1).equals("ustar");
    }

    /** Splits a bundle into files at lines {@code -- path --}; the bytes in between are kept as they are. */
    static Map<String, byte[]> bundle(byte[] input) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String name = "main.tf";
        int start = 0;
        int line = 0;
        while (line <= input.length) {
            int end = line;
            while (end < input.length && input[end] != '\n') {
                end++;
            }
            String header = header(input, line, end);
            if (header != null) {
                files.put(name, Arrays.copyOfRange(input, start, line));
                name = header;
                start = Math.min(end + 1, input.length);
            }
            line = end + 1;
        }
        files.put(name, Arrays.copyOfRange(input, start, input.length));
        return files;
    }

    private static String header(byte[] b, int from, int to) {
        String s = new String(b, from, to - from, StandardCharsets.UTF_8);
        if (s.length() > 6 && s.startsWith("-- ") && s.endsWith(" --")) {
            return s.substring(3, s.length() - 3);
        }
        return null;
    }
}
