package io.templint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;

/**
 * Coverage-guided fuzzing of the native HCL parser: any bytes give a syntax tree with located
 * diagnostics, never an exception, quickly. Seeds: {@code NativeParserFuzzTestInputs}.
 */
public class NativeParserFuzzTest {

    /** Entry point of the standalone Jazzer driver, for long sessions (see README, "Fuzzing"). */
    public static void fuzzerTestOneInput(byte[] input) {
        new NativeParserFuzzTest().parseNative(input);
    }

    @FuzzTest(maxDuration = "5m")
    void parseNative(byte[] input) {
        HclFile file = FuzzChecks.timed("parsing", () ->
            Hcl.parseNative(new SourceFile("fuzz.tf", input), ParseOptions.DEFAULTS));
        FuzzChecks.checkParsed(file, input.length);
    }
}
