/**
 * The parser of HCL's native syntax, built to agree with HashiCorp's {@code hclsyntax} (v2.23)
 * node for node, range for range and diagnostic for diagnostic, so that templint sees a template
 * exactly as Terraform does.
 *
 * <p>Two stages ({@link io.templint.hcl.parser.NativeParser#parseFile}). The ANTLR 4 grammar in
 * {@code grammar/} ({@code HCLLexer.g4}, {@code HCLParser.g4}, generated at build time into
 * {@code io.templint.hcl.parser.antlr}) is the executable definition of the syntax templint
 * accepts. Stage 1 ({@link io.templint.hcl.parser.GrammarFrontEnd}) runs it with SLL prediction and
 * a bail-out error strategy: no recovery, no diagnostics, a fast path for the well-formed files that
 * are the vast majority. {@link io.templint.hcl.parser.HclLexerBase} gives the generated lexer what
 * a regular lexer lacks (the bracket/template stack, newline significance, heredoc end markers).
 * The parser builds the typed tree as it parses, with no parse tree in between: its actions call
 * {@link io.templint.hcl.parser.HclParserBase}, which also refuses what the grammar accepts but
 * hclsyntax does not (duplicate attributes, bad escapes, chained legacy indexes, ...). The lexer's
 * tokens are {@link io.templint.hcl.parser.GrammarToken}s, positioned as they are made, read into
 * a {@link io.templint.hcl.parser.GrammarTokenStream} of the default channel; the file is its own
 * char stream ({@link io.templint.hcl.parser.DecodedSource}). Stage 2, the recovery parser, runs only when stage 1 fails (a syntax
 * error, invalid UTF-8, nesting beyond stage 1's limit, any exception): it exists to give
 * hclsyntax's exact diagnostics and recovered trees, which are properties of hclsyntax's
 * hand-written control flow (which token a recovery skips to, which error is suppressed once
 * recovering), not of a grammar. Both stages build the same tree through shared helpers
 * ({@link io.templint.hcl.parser.TemplateAssembly}, {@link io.templint.hcl.parser.StringLiterals},
 * {@link io.templint.hcl.parser.TraversalChain}, {@link io.templint.hcl.parser.TextPositions}), and
 * a test (GrammarCrossCheckTest) checks on every well-formed corpus file and fixture that stage 1
 * accepts it with exactly stage 2's tree, so the two cannot drift apart.
 *
 * <p>The recovery parser: {@link io.templint.hcl.parser.Scanner} turns bytes into tokens (a
 * hand-written equivalent of hclsyntax's Ragel scanner: longest match, a mode stack for quoted
 * templates, heredocs and the interpolations inside them, a brace counter, a heredoc-marker stack;
 * positions in grapheme-cluster columns with an ASCII fast path) into a
 * {@link io.templint.hcl.parser.TokenTable} (token objects for ordinary files, one packed int array
 * for large ones) and measures the nesting depth on the way, stopping as soon as it exceeds the
 * limit; {@link io.templint.hcl.parser.InvalidTokens} reports characters that never belong in HCL;
 * {@link io.templint.hcl.parser.TokenStream} hides comments and, where the innermost bracket says
 * so, newlines; {@link io.templint.hcl.parser.BodyParser},
 * {@link io.templint.hcl.parser.ExpressionParser} and {@link io.templint.hcl.parser.TemplateParser}
 * are recursive-descent ports of hclsyntax's parser sharing a
 * {@link io.templint.hcl.parser.ParseState} (stream, diagnostics, recovery flag, recovery moves).
 * {@link io.templint.hcl.parser.NativeParser#parseExpression} and
 * {@link io.templint.hcl.parser.NativeParser#parseTemplate} use the recovery parser only.
 *
 * <p>Limits: input nested deeper than {@link io.templint.hcl.ParseOptions#maxNestingDepth()} is
 * refused with one diagnostic before parsing; stage 1 leaves input nested more than
 * {@code GrammarFrontEnd.MAX_DEPTH} (100) levels to stage 2, which parses deep but allowed input on
 * a thread with a stack sized for it. The entry points of {@link io.templint.hcl.parser.NativeParser}
 * never throw.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice. Parse
 * through {@link io.templint.hcl.Hcl}.
 */
package io.templint.hcl.parser;
