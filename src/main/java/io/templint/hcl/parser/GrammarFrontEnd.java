package io.templint.hcl.parser;

import io.templint.hcl.Body;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.hcl.parser.antlr.HCLLexer;
import io.templint.hcl.parser.antlr.HCLParser;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Stage 1 of {@link NativeParser}: the generated parser of {@code grammar/HCLParser.g4} with SLL
 * prediction and no error recovery, for well-formed files. It either returns the file's tree,
 * identical to the one the recovery parser would build, or null: on the first syntax error, on
 * input the grammar accepts but hclsyntax does not (see {@link HclParserBase}), on invalid
 * UTF-8, on nesting deeper than {@link #MAX_DEPTH}, and on any failure at all. It never reports a
 * diagnostic: that is the recovery parser's job.
 *
 * <p>The generated lexer and parser share their ATN and DFA caches statically, so the prediction
 * work done for one file serves all the next ones.
 */
final class GrammarFrontEnd {

    /**
     * Nesting (brackets, strings, template sequences) beyond which stage 1 leaves the file to the
     * recovery parser, which runs deep input on a thread with a stack sized for it.
     */
    static final int MAX_DEPTH = 100;

    /**
     * Files larger than this go straight to the recovery parser, whose packed token table needs
     * about half the memory of stage 1's token objects (a dense 2 MiB file parses in a 256 MB heap
     * with stage 1, 4 MiB with the recovery parser). Configuration files are far smaller.
     */
    static final long MAX_BYTES = 1L << 20;

    private GrammarFrontEnd() { }

    /** The file's tree when it is well-formed, else null. */
    static HclFile parse(SourceFile file, ParseOptions options) {
        try {
            return parseStrict(file, options);
        } catch (RuntimeException e) {
            return null; // a bug of stage 1 only costs time: the recovery parser reads the file
        }
    }

    /**
     * As {@link #parse}, but an exception other than stage 1's ways of refusing a file (a syntax
     * error, a check of its own, a nesting too deep) is thrown, so that tests and fuzz targets see
     * the bugs that {@link #parse} hides.
     */
    static HclFile parseStrict(SourceFile file, ParseOptions options) {
        try {
            return read(file, Math.min(MAX_DEPTH, options.maxNestingDepth()));
        } catch (ParseCancellationException | HclParserBase.Rejected | StackOverflowError e) {
            return null;
        }
    }

    /**
     * Gives up on the first syntax error, and skips the per-loop {@code sync} look-ahead checks that
     * only serve error recovery: an error is still caught by the next match or prediction.
     */
    private static final class Bail extends BailErrorStrategy {
        @Override
        public void sync(Parser recognizer) {
            // no recovery, so nothing to prepare
        }
    }

    private static HclFile read(SourceFile file, int maxDepth) {
        DecodedSource src = DecodedSource.decode(file.name(), file.bytes());
        if (src == null) {
            return null;
        }
        HCLLexer lexer = new HCLLexer(src.chars());
        lexer.removeErrorListeners();
        lexer.withoutLineCounts();
        lexer.setMaxDepth(maxDepth);
        GrammarToken.Factory tokens = new GrammarToken.Factory(src);
        lexer.setTokenFactory(tokens);
        HCLParser parser = new HCLParser(new GrammarTokenStream(lexer, src.size()));
        parser.removeErrorListeners();
        parser.setErrorHandler(new Bail());
        parser.setBuildParseTree(false);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        ((HclParserBase) parser).begin(src); // package-private: not visible through the generated subclass
        Body body = parser.configFile().value;
        return new HclFile(file, body, List.copyOf(tokens.comments()), List.of());
    }
}
