package io.templint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.templint.hcl.Hcl;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the native HCL parser: any bytes give a syntax tree with located
 * diagnostics, never an exception nor an internal error. Seeds: {@code NativeParserFuzzTestInputs}.
 */
public class NativeParserFuzzTest {

    /** Entry point of the standalone Jazzer driver, for long sessions (see README, "Fuzzing"). */
    public static void fuzzerTestOneInput(byte[] input) {
        new NativeParserFuzzTest().parseNative(input);
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = FuzzChecks.REGRESSION_TIMEOUT_MINUTES, unit = TimeUnit.MINUTES)
    void parseNative(byte[] input) {
        FuzzChecks.checkParsed(Hcl.parseNative(new SourceFile("fuzz.tf", input), ParseOptions.DEFAULTS));
    }
}
