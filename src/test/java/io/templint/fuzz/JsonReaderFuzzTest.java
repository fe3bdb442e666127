package io.templint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.hcl.json.JsonReader;

/**
 * Coverage-guided fuzzing of the HCL JSON reader: any bytes give a syntax tree with located
 * diagnostics, never an exception, quickly. Seeds: {@code JsonReaderFuzzTestInputs}.
 */
public class JsonReaderFuzzTest {

    /** Entry point of the standalone Jazzer driver, for long sessions (see README, "Fuzzing"). */
    public static void fuzzerTestOneInput(byte[] input) {
        new JsonReaderFuzzTest().readJson(input);
    }

    @FuzzTest(maxDuration = "5m")
    void readJson(byte[] input) {
        HclFile file = FuzzChecks.timed("reading JSON", () ->
            JsonReader.read(new SourceFile("fuzz.tf.json", input), ParseOptions.DEFAULTS));
        FuzzChecks.checkParsed(file, input.length);
    }
}
