package io.templint.hcl.parser;

import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.testkit.Crashes;

/**
 * The property that ties the parser's two stages together, for tests and fuzz targets outside
 * this package: whatever stage 1 (the grammar) accepts, the recovery parser accepts without an
 * error, with the same tree and the same comments. (Stage 1 refusing a well-formed file only costs
 * time: the recovery parser then reads it.)
 */
public final class StageAgreement {

    private StageAgreement() { }

    /**
     * Null when the stages agree on {@code file}, else what differs. An exception of stage 1 other
     * than its ways of refusing a file is thrown, and so is an internal error of the recovery parser
     * (the product hides the first and turns the second into a diagnostic).
     */
    public static String disagreement(SourceFile file) {
        HclFile grammar = GrammarFrontEnd.parseStrict(file, ParseOptions.DEFAULTS);
        HclFile recovering = Crashes.check(NativeParser.parseFileRecovering(file, ParseOptions.DEFAULTS));
        if (grammar == null) {
            return null;
        }
        Crashes.check(grammar);
        if (recovering.hasErrors()) {
            return "stage 1 accepts what the recovery parser rejects: " + recovering.diagnostics();
        }
        if (!grammar.body().equals(recovering.body())) {
            return "trees differ\n  stage 1: " + grammar.body() + "\n  stage 2: " + recovering.body();
        }
        if (!grammar.comments().equals(recovering.comments())) {
            return "comments differ\n  stage 1: " + grammar.comments() + "\n  stage 2: " + recovering.comments();
        }
        return null;
    }
}
