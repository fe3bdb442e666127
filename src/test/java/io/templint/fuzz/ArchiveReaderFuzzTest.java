package io.templint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.templint.terraform.source.SourceLimits;
import io.templint.terraform.source.TemplateFiles;
import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;

import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the archive reader (tar, tar.gz, zip): any bytes either open as
 * template files or are refused with a {@link TemplateSourceException}, the one documented
 * exception; nothing else escapes and nothing hangs. Seeds: {@code ArchiveReaderFuzzTestInputs}.
 */
public class ArchiveReaderFuzzTest {

    /** Entry point of the standalone Jazzer driver, for long sessions (see README, "Fuzzing"). */
    public static void fuzzerTestOneInput(byte[] input) {
        new ArchiveReaderFuzzTest().readArchive(input);
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = FuzzChecks.REGRESSION_TIMEOUT_MINUTES, unit = TimeUnit.MINUTES)
    void readArchive(byte[] input) {
        try {
            TemplateFiles files = TemplateSource.archive("fuzz.tar", new ByteArrayInputStream(input))
                .open(SourceLimits.DEFAULTS);
            for (String name : files.fileNames("")) {
                files.read(name);
            }
        } catch (TemplateSourceException refused) {
            if (refused.getMessage() == null || !refused.getMessage().startsWith("fuzz.tar")) {
                throw new AssertionError("refusal without the archive's name: " + refused.getMessage(), refused);
            }
        }
    }
}
