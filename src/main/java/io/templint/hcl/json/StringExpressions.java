package io.templint.hcl.json;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Expression.LiteralValue;
import io.templint.hcl.Expression.Template;
import io.templint.hcl.Expression.TemplateWrap;
import io.templint.hcl.ExpressionResult;
import io.templint.hcl.Hcl;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import io.templint.hcl.json.JsonValue.JsonString;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Turns a JSON string into an expression in one of the three {@link ValueMode.Strings} modes.
 * Ranges inside the string start after its opening quote, as in HCL's JSON reader.
 */
final class StringExpressions {

    private final String filename;
    private final byte[] source;
    private final ParseOptions options;
    private final List<Diagnostic> diagnostics;

    /**
     * @param source the bytes of the file the strings come from, to map positions inside strings
     *               with escapes exactly
     */
    StringExpressions(String filename, byte[] source, ParseOptions options, List<Diagnostic> diagnostics) {
        this.filename = filename;
        this.source = source;
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /** {@code s} read in {@code mode}. */
    Expression read(JsonString s, ValueMode.Strings mode) {
        return switch (mode) {
            case TEMPLATE -> template(s);
            case LITERAL -> literal(s);
            case EXPRESSION -> expression(s);
        };
    }

    /** A string whose text is taken as is: a template of one literal part, as for native {@code "text"}. */
    static Template literal(JsonString s) {
        return new Template(List.of(new LiteralValue(s.value(), s.contentRange())), s.range());
    }

    /** A native-syntax template; a single interpolation {@code "${x}"} gives a {@link TemplateWrap}. */
    Expression template(JsonString s) {
        if (isPlainText(s.value())) {
            return literal(s);
        }
        Expression e;
        if (hasEscapes(s)) {
            ExpressionResult r = Hcl.parseTemplate(filename, s.value(), Pos.START, options);
            e = moved(r, StringSourceMap.of(source, s)::map);
        } else {
            ExpressionResult r = Hcl.parseTemplate(filename, s.value(), s.contentStart(), options);
            diagnostics.addAll(r.diagnostics());
            e = r.expression();
        }
        // The string's quotes belong to the template, as they do for a quoted native template.
        if (e instanceof Template t) {
            return new Template(t.parts(), s.range());
        }
        if (e instanceof TemplateWrap w) {
            return new TemplateWrap(w.wrapped(), s.range());
        }
        return e;
    }

    /** A native-syntax expression, as Terraform reads references and keywords given in JSON strings. */
    Expression expression(JsonString s) {
        ExpressionResult r = Hcl.parseExpression(SourceFile.of(filename, s.value()), options);
        UnaryOperator<Range> toFile = hasEscapes(s)
            ? StringSourceMap.of(source, s)::map
            : ExpressionRanges.shiftTo(s.contentStart());
        return moved(r, toFile);
    }

    /** The expression of {@code r} with its and its diagnostics' ranges moved into the file. */
    private Expression moved(ExpressionResult r, UnaryOperator<Range> toFile) {
        for (Diagnostic d : r.diagnostics()) {
            diagnostics.add(ExpressionRanges.map(d, toFile));
        }
        return ExpressionRanges.map(r.expression(), toFile);
    }

    /** Whether the source of {@code s} has escapes, which make its decoded text differ from the file. */
    private boolean hasEscapes(JsonString s) {
        Range content = s.contentRange();
        for (int i = content.startByte(); i < content.endByte() && i < source.length; i++) {
            if (source[i] == '\\') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a template of this text is one literal part: nothing introduces an interpolation or a
     * directive (so no {@code $${} or {@code %%{} escape either), and no line break, at which a
     * template parser may split literal parts.
     */
    static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return false;
            }
            if ((c == '$' || c == '%') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                return false;
            }
        }
        return true;
    }
}
