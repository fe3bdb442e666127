package io.templint.hcl.parser;

import io.templint.hcl.Body;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.ExpressionResult;
import io.templint.hcl.Expression;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import java.util.List;

/** Native-syntax parser (placeholder until the ANTLR grammar lands). */
public final class NativeParser {
    private NativeParser() { }

    public static HclFile parseFile(SourceFile file, ParseOptions options) {
        Range r = Range.at(file.name(), Pos.START);
        return new HclFile(file, new Body(List.of(), r, r), List.of(),
            List.of(Diagnostic.error("Not implemented", "The native parser is not written yet.", r)));
    }

    public static ExpressionResult parseExpression(SourceFile file, ParseOptions options) {
        Range r = Range.at(file.name(), Pos.START);
        return new ExpressionResult(new Expression.SyntaxError(r),
            List.of(Diagnostic.error("Not implemented", "The native parser is not written yet.", r)));
    }

    public static ExpressionResult parseTemplate(String filename, String text, Pos start, ParseOptions options) {
        Range r = Range.at(filename, start);
        return new ExpressionResult(new Expression.Template(List.of(new Expression.LiteralValue(text, r)), r),
            List.of());
    }
}
