/**
 * The parser of HCL's native syntax, built to agree with HashiCorp's {@code hclsyntax} (v2.23)
 * node for node, range for range and diagnostic for diagnostic, so that templint sees a template
 * exactly as Terraform does.
 *
 * <p>Pipeline: {@link io.templint.hcl.parser.Scanner} turns bytes into tokens (a hand-written
 * equivalent of hclsyntax's Ragel scanner: longest match, a mode stack for quoted templates,
 * heredocs and the interpolations inside them, a brace counter, a heredoc-marker stack; positions
 * in grapheme-cluster columns with an ASCII fast path) into a {@link io.templint.hcl.parser.TokenTable}
 * (token objects for ordinary files, one packed int array for large ones) and measures the nesting
 * depth on the way, stopping as soon as it exceeds the limit;
 * {@link io.templint.hcl.parser.InvalidTokens} reports characters that never belong in HCL;
 * {@link io.templint.hcl.parser.TokenStream} hides comments and, where the innermost bracket says
 * so, newlines; {@link io.templint.hcl.parser.BodyParser},
 * {@link io.templint.hcl.parser.ExpressionParser} and {@link io.templint.hcl.parser.TemplateParser}
 * are recursive-descent ports of hclsyntax's parser sharing a
 * {@link io.templint.hcl.parser.ParseState} (stream, diagnostics, recovery flag, recovery moves).
 *
 * <p>Why not a generated (ANTLR) parser: acceptance is exact agreement with the reference on trees,
 * ranges, diagnostics and the points where it recovers from errors. Those are properties of
 * hclsyntax's hand-written control flow (which token a recovery skips to, which error is suppressed
 * once recovering, how a one-line block is told from a nested body), not of a grammar; porting that
 * control flow directly reaches 100% agreement on every corpus and runs in linear time with no
 * prediction overhead.
 *
 * <p>Limits: input nested deeper than {@link io.templint.hcl.ParseOptions#maxNestingDepth()} is
 * refused with one diagnostic before parsing; deep but allowed input is parsed on a thread with a
 * stack sized for it. The entry points of {@link io.templint.hcl.parser.NativeParser} never throw.
 */
package io.templint.hcl.parser;
