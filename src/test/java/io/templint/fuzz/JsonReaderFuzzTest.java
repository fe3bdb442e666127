package io.templint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.hcl.json.JsonReader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the HCL JSON reader: any bytes give a syntax tree with located
 * diagnostics, never an exception nor an internal error. Seeds: {@code JsonReaderFuzzTestInputs}.
 */
public class JsonReaderFuzzTest {

    /** Entry point of the standalone Jazzer driver, for long sessions (see README, "Fuzzing"). */
    public static void fuzzerTestOneInput(byte[] input) {
        new JsonReaderFuzzTest().readJson(input);
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = FuzzChecks.REGRESSION_TIMEOUT_MINUTES, unit = TimeUnit.MINUTES)
    void readJson(byte[] input) {
        FuzzChecks.checkParsed(JsonReader.read(new SourceFile("fuzz.tf.json", input), ParseOptions.DEFAULTS));
    }
}
