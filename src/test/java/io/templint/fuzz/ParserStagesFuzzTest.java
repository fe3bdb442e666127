package io.templint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.templint.hcl.SourceFile;
import io.templint.hcl.parser.StageAgreement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Differential fuzzing of the parser's two stages: whatever the grammar (stage 1) accepts, the
 * recovery parser must accept with the same tree and comments, so that stage 1 never lets through
 * what hclsyntax rejects nor builds another tree; and neither stage crashes (an exception stage 1
 * would hide, an internal error of the recovery parser: see {@link StageAgreement}). Seeds: {@code ParserStagesFuzzTestInputs}.
 */
public class ParserStagesFuzzTest {

    /** Entry point of the standalone Jazzer driver, for long sessions (see README, "Fuzzing"). */
    public static void fuzzerTestOneInput(byte[] input) {
        new ParserStagesFuzzTest().stagesAgree(input);
    }

    @FuzzTest(maxDuration = "5m")
    @Timeout(value = FuzzChecks.REGRESSION_TIMEOUT_MINUTES, unit = TimeUnit.MINUTES)
    void stagesAgree(byte[] input) {
        String disagreement = StageAgreement.disagreement(new SourceFile("fuzz.tf", input));
        if (disagreement != null) {
            throw new AssertionError(disagreement);
        }
    }
}
