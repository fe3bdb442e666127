package io.templint.hcl.parser;

import io.templint.hcl.Body;
import io.templint.hcl.Comment;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.ExpressionResult;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import io.templint.internal.BigStack;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Entry points of the HCL native-syntax parser, behaving like HashiCorp's {@code hclsyntax}
 * {@code ParseConfig}, {@code ParseExpression} and {@code ParseTemplate}.
 *
 * <p>{@link #parseFile} works in two stages: the grammar's generated parser ({@link GrammarFrontEnd},
 * no recovery, no diagnostics) for well-formed files, and the hand-written recovery parser, which
 * gives hclsyntax's exact diagnostics and recovered trees, when stage 1 fails. Both build identical
 * trees. Expressions and bare templates are read by the recovery parser alone.
 *
 * <p>Never throws on bad input. Nesting deeper than {@link ParseOptions#maxNestingDepth()} is
 * refused with one diagnostic before parsing; deep but allowed nesting is parsed on a thread with a
 * large stack, since the parser is recursive.
 */
public final class NativeParser {

    /** Estimated recursion depth up to which parsing runs on the caller's thread. */
    private static final int INLINE_DEPTH = 200;
    /** Stack reserved per nesting level on the deep-parse thread (generous: ~12 frames a level). */
    private static final long STACK_PER_LEVEL = 16 * 1024;
    /** Stack reserved per token when a parse overflowed the caller's stack without deep brackets. */
    private static final long STACK_PER_TOKEN = 2 * 1024;
    private static final long MIN_DEEP_STACK = 64L * 1024 * 1024;
    private static final long MAX_DEEP_STACK = 2L * 1024 * 1024 * 1024;

    private NativeParser() { }

    /**
     * Reads a whole configuration file: stage 1, the grammar's parser, for well-formed files; stage 2,
     * the recovery parser, for the others (and for files too large or too deeply nested for stage 1).
     */
    public static HclFile parseFile(SourceFile file, ParseOptions options) {
        if (file.length() <= Math.min(options.maxFileBytes(), GrammarFrontEnd.MAX_BYTES)) {
            HclFile wellFormed = GrammarFrontEnd.parse(file, options);
            if (wellFormed != null) {
                return wellFormed;
            }
        }
        return parseFileRecovering(file, options);
    }

    /** Reads a whole configuration file with the recovery parser alone (stage 2). */
    static HclFile parseFileRecovering(SourceFile file, ParseOptions options) {
        try {
            return readFile(file, options);
        } catch (RuntimeException e) {
            Range r = Range.at(file.name(), Pos.START);
            return new HclFile(file, new Body(List.of(), r, r), List.of(), List.of(internalError(r, e)));
        }
    }

    /** Reads a whole file as one expression; newlines are insignificant, as inside parentheses. */
    public static ExpressionResult parseExpression(SourceFile file, ParseOptions options) {
        try {
            return readExpression(file, options);
        } catch (RuntimeException e) {
            Range r = Range.at(file.name(), Pos.START);
            return new ExpressionResult(new Expression.SyntaxError(r), List.of(internalError(r, e)));
        }
    }

    /**
     * Reads {@code text} as a bare template (no quotes; {@code ${}} and {@code %{}} sequences), with
     * ranges starting at {@code start} in {@code filename}.
     */
    public static ExpressionResult parseTemplate(String filename, String text, Pos start, ParseOptions options) {
        try {
            return readTemplate(filename, text, start, options);
        } catch (RuntimeException e) {
            Range r = Range.at(filename, start);
            return new ExpressionResult(new Expression.SyntaxError(r), List.of(internalError(r, e)));
        }
    }

    /**
     * The last line of defence of "bad input never throws": a parser bug becomes a diagnostic that
     * names it, instead of an exception in the caller's pipeline.
     */
    private static Diagnostic internalError(Range r, RuntimeException e) {
        return Diagnostic.error("Internal parser error", "The parser failed on this file (" + e
            + "); please report this file to the templint maintainers.", r);
    }

    private static HclFile readFile(SourceFile file, ParseOptions options) {
        String name = file.name();
        Diagnostic tooLarge = sizeCheck(name, file.length(), options);
        if (tooLarge != null) {
            Range r = Range.at(name, Pos.START);
            return new HclFile(file, new Body(List.of(), r, r), List.of(), List.of(tooLarge));
        }
        Scanner scanner = Scanner.scanConfig(file.bytes(), name, options.maxNestingDepth());
        TokenTable tokens = scanner.tokens();
        int count = tokens.count();
        List<Comment> comments = scanner.comments();
        Diagnostics diags = new Diagnostics();
        InvalidTokens.check(tokens, diags);
        if (scanner.maxDepth() > options.maxNestingDepth()) {
            diags.add(tooDeep(scanner, options));
            Range whole = wholeRange(tokens);
            return new HclFile(file, new Body(List.of(), whole, Range.at(name, whole.end())), comments, diags.list());
        }
        Body body = runDeep(scanner.maxDepth(), count, diags, () -> {
            ParseState state = new ParseState(new TokenStream(tokens), diags);
            return new BodyParser(state).parseBody(TokenType.EOF);
        });
        if (body == null) {
            diags.add(stackExhausted(tokens));
            Range whole = wholeRange(tokens);
            body = new Body(List.of(), whole, Range.at(name, whole.end()));
        }
        return new HclFile(file, body, comments, diags.list());
    }

    private static ExpressionResult readExpression(SourceFile file, ParseOptions options) {
        String name = file.name();
        Diagnostic tooLarge = sizeCheck(name, file.length(), options);
        if (tooLarge != null) {
            return new ExpressionResult(new Expression.SyntaxError(Range.at(name, Pos.START)), List.of(tooLarge));
        }
        Scanner scanner = Scanner.scanConfig(file.bytes(), name, options.maxNestingDepth());
        TokenTable tokens = scanner.tokens();
        int count = tokens.count();
        Diagnostics diags = new Diagnostics();
        InvalidTokens.check(tokens, diags);
        if (scanner.maxDepth() > options.maxNestingDepth()) {
            diags.add(tooDeep(scanner, options));
            return new ExpressionResult(new Expression.SyntaxError(wholeRange(tokens)), diags.list());
        }
        Expression expr = runDeep(scanner.maxDepth(), count, diags, () -> {
            TokenStream in = new TokenStream(tokens);
            ParseState state = new ParseState(in, diags);
            in.pushIncludeNewlines(false);
            Expression e = new ExpressionParser(state).parseExpression();
            Token next = in.peek();
            if (next.type != TokenType.EOF && !state.recovery) {
                diags.error("Extra characters after expression", "An expression was successfully parsed, but extra "
                    + "characters were found after it.", next.range());
            }
            in.popIncludeNewlines();
            return e;
        });
        if (expr == null) {
            diags.add(stackExhausted(tokens));
            expr = new Expression.SyntaxError(wholeRange(tokens));
        }
        return new ExpressionResult(expr, diags.list());
    }

    private static ExpressionResult readTemplate(String filename, String text, Pos start, ParseOptions options) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Diagnostic tooLarge = sizeCheck(filename, bytes.length, options);
        if (tooLarge != null) {
            return new ExpressionResult(new Expression.SyntaxError(Range.at(filename, start)), List.of(tooLarge));
        }
        Scanner scanner = Scanner.scanTemplate(bytes, filename, start, options.maxNestingDepth());
        TokenTable tokens = scanner.tokens();
        int count = tokens.count();
        Diagnostics diags = new Diagnostics();
        InvalidTokens.check(tokens, diags);
        if (scanner.maxDepth() > options.maxNestingDepth()) {
            diags.add(tooDeep(scanner, options));
            return new ExpressionResult(new Expression.SyntaxError(wholeRange(tokens)), diags.list());
        }
        Expression expr = runDeep(scanner.maxDepth(), count, diags, () -> {
            ParseState state = new ParseState(new TokenStream(tokens), diags);
            return new TemplateParser(new ExpressionParser(state)).parseBare();
        });
        if (expr == null) {
            diags.add(stackExhausted(tokens));
            expr = new Expression.SyntaxError(wholeRange(tokens));
        }
        return new ExpressionResult(expr, diags.list());
    }

    private static Range wholeRange(TokenTable tokens) {
        return Range.span(tokens.range(0), tokens.range(tokens.count() - 1));
    }

    private static Diagnostic sizeCheck(String name, long size, ParseOptions options) {
        if (size <= options.maxFileBytes()) {
            return null;
        }
        return Diagnostic.error("File too large", options.fileTooLargeMessage(size), Range.at(name, Pos.START));
    }

    private static Diagnostic tooDeep(Scanner scanner, ParseOptions options) {
        return Diagnostic.error("Nesting too deep", "Brackets, braces, parentheses, strings or template directives "
            + "are nested more than " + options.maxNestingDepth() + " levels deep here; the file was not parsed.",
            scanner.deepestRange());
    }

    private static Diagnostic stackExhausted(TokenTable tokens) {
        return Diagnostic.error("Expression too complex", "The expressions of this file are nested too deeply to "
            + "be parsed; the file was not parsed.", tokens.range(0));
    }

    /**
     * Runs {@code task} on this thread when nesting is shallow, else on a thread with a stack sized
     * for the depth. Recursion that the bracket count did not foresee (long chains of unary
     * operators or conditionals) is retried once on a thread with a stack sized for the token count.
     * Returns null if even that stack is exhausted. The task must only add to {@code diags}.
     */
    static <T> T runDeep(int depth, int tokenCount, Diagnostics diags, Supplier<T> task) {
        int size = diags.size();
        if (depth <= INLINE_DEPTH) {
            try {
                return task.get();
            } catch (StackOverflowError e) {
                diags.cut(size);
                return onBigStack((long) tokenCount * STACK_PER_TOKEN, diags, size, task);
            }
        }
        return onBigStack(depth * STACK_PER_LEVEL, diags, size, task);
    }

    private static <T> T onBigStack(long wanted, Diagnostics diags, int size, Supplier<T> task) {
        long stack = Math.min(MAX_DEEP_STACK, Math.max(MIN_DEEP_STACK, wanted));
        return BigStack.call("templint-deep-parse", stack, () -> {
            try {
                return task.get();
            } catch (StackOverflowError e) {
                diags.cut(size);
                return null;
            }
        });
    }
}
