package io.templint.hcl.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Comment;
import io.templint.hcl.Expression;
import io.templint.hcl.ExpressionResult;
import io.templint.hcl.HclFile;
import io.templint.hcl.Label;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.Pos;
import io.templint.hcl.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Trees and ranges for every construct of the native syntax, on the fixtures of testdata/hcl/valid. */
class NativeParserTest {

    private static HclFile fixture(String name) {
        Path p = Path.of("testdata", "hcl", "valid", name);
        try {
            HclFile f = NativeParser.parseFile(new SourceFile(name, Files.readAllBytes(p)), ParseOptions.DEFAULTS);
            assertThat(f.diagnostics()).as("diagnostics of " + name).isEmpty();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Attribute name to rendered expression, in source order. */
    private static Map<String, String> trees(Body body) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Attribute a : body.attributes()) {
            out.put(a.name(), TreeText.of(a.expression()));
        }
        return out;
    }

    private static Expression expr(HclFile f, String attr) {
        return f.body().attribute(attr).expression();
    }

    @Test
    void attributesAndBlocksWithLabels() {
        HclFile f = fixture("structure.hcl");
        assertThat(f.body().items()).extracting(i -> i instanceof Block b ? "block " + b.type() : "attr")
            .containsExactly("attr", "block resource", "block block", "block one_line", "block empty");
        Block resource = f.body().blocks("resource").get(0);
        assertThat(resource.labels()).extracting(Label::value, Label::quoted, l -> TreeText.range(l.range()))
            .containsExactly(tuple("aws_instance", true, "2:10-2:24"), tuple("web", true, "2:25-2:30"));
        assertThat(TreeText.range(resource.range())).isEqualTo("2:1-8:2");
        assertThat(TreeText.range(resource.openBraceRange())).isEqualTo("2:31-2:32");
        assertThat(TreeText.range(resource.closeBraceRange())).isEqualTo("8:1-8:2");
        assertThat(resource.body().blocks("lifecycle").get(0).body().attribute("create_before_destroy")).isNotNull();

        Block mixed = f.body().blocks("block").get(0);
        assertThat(mixed.labels()).extracting(Label::value, Label::quoted)
            .containsExactly(tuple("bare_label", false), tuple("quoted", true), tuple("another", false));

        Block oneLine = f.body().blocks("one_line").get(0);
        Attribute value = oneLine.body().attribute("value");
        assertThat(TreeText.of(value.expression())).isEqualTo("42");
        assertThat(TreeText.range(value.range())).isEqualTo("10:12-10:22");
        assertThat(f.body().blocks("empty").get(0).body().items()).isEmpty();
    }

    @Test
    void commentsAreKeptWithStyleTextAndRange() {
        HclFile f = fixture("comments.hcl");
        assertThat(f.comments()).extracting(Comment::style, Comment::text, c -> TreeText.range(c.range()))
            .containsExactly(
                tuple(Comment.Style.HASH, " hash comment", "1:1-1:15"),
                tuple(Comment.Style.HASH, " trailing hash", "2:7-2:22"),
                tuple(Comment.Style.DOUBLE_SLASH, " slash comment", "3:1-3:17"),
                tuple(Comment.Style.DOUBLE_SLASH, " trailing slash", "4:7-4:24"),
                tuple(Comment.Style.BLOCK, " block\n   comment ", "5:1-6:14"),
                tuple(Comment.Style.BLOCK, " inline ", "7:5-7:17"));
        // a line comment ends its attribute like a newline does
        assertThat(trees(f.body())).containsExactly(
            Map.entry("a", "1"), Map.entry("b", "2"), Map.entry("c", "3"), Map.entry("d", "4"));
    }

    @Test
    void newlinesAreIgnoredInsideBracketsAndSeparateObjectItems() {
        HclFile f = fixture("newlines.hcl");
        assertThat(trees(f.body())).containsExactly(
            Map.entry("paren", "(Binary(+, 1, 2))"),
            Map.entry("tuple", "[1, 2]"),
            Map.entry("call", "Call max(1, 2)"),
            Map.entry("object", "{Key(a) = 1, Key(b) = 2, Key(c) = 3}"),
            Map.entry("interp", "Wrap(Binary(+, 1, 2))"),
            Map.entry("for", "For(x in xs : x)"),
            Map.entry("cond", "(Cond(a, b, c))"));
    }

    @Test
    void numbersAreExactDecimals() {
        HclFile f = fixture("numbers.hcl");
        assertThat(((Expression.LiteralValue) expr(f, "frac")).value())
            .isEqualTo(new BigDecimal("3.14159265358979323846264338327950288"));
        assertThat(((BigDecimal) ((Expression.LiteralValue) expr(f, "exp")).value()).compareTo(new BigDecimal("1e10")))
            .isZero();
        assertThat(((BigDecimal) ((Expression.LiteralValue) expr(f, "neg_exp")).value())
            .compareTo(new BigDecimal("0.0015"))).isZero();
        assertThat(TreeText.of(expr(f, "leading_zero"))).isEqualTo("7");
        assertThat(TreeText.of(expr(f, "big"))).isEqualTo("123456789012345678901234567890");
        assertThat(TreeText.of(expr(f, "negative"))).isEqualTo("Unary(-, 7)");
    }

    @Test
    void quotedStringsDecodeEveryEscape() {
        HclFile f = fixture("strings.hcl");
        assertThat(trees(f.body())).containsExactly(
            Map.entry("escapes", "Template(\"a\\nb\\rc\\td\\\"e\\\\f\")"),
            Map.entry("unicode", "Template(\"\u00e9\uD83D\uDE00\")"),
            Map.entry("dollar", "Template(\"${not_interp} %{not_directive}\")"),
            Map.entry("lone", "Template(\"100% $5\")"),
            Map.entry("empty", "Template(\"\")"));
        // template ranges include the quotes; as in hclsyntax, the empty string's literal is the empty
        // range at the end of the token after the opening quote, i.e. after the closing quote
        Expression.Template empty = (Expression.Template) expr(f, "empty");
        assertThat(TreeText.range(empty.range())).isEqualTo("5:9-5:11");
        assertThat(TreeText.range(empty.parts().get(0).range())).isEqualTo("5:11-5:11");
    }

    @Test
    void templatesWithInterpolationsDirectivesAndStripMarkers() {
        HclFile f = fixture("templates.hcl");
        assertThat(trees(f.body())).containsExactly(
            Map.entry("wrap", "Wrap(var.x)"),
            Map.entry("mixed", "Template(\"Hello, \", var.name, \"!\")"),
            Map.entry("cond", "Template(Cond(var.ok, Template(\"yes\"), Template(\"no\")))"),
            Map.entry("loop", "Template(Join(For(k, v in var.m : Template(k, \"=\", v, \";\"))))"),
            Map.entry("strip", "Template(\"a\", var.x, \"b\")"),
            Map.entry("strip_directive", "Template(\"x\", Cond(true, Template(\"y\"), Template(\"\")), \"z\")"),
            Map.entry("nested", "Wrap(Rel({Key(a) = Template(\"}\")}, .a))"));
        assertThat(TreeText.range(expr(f, "wrap").range())).isEqualTo("1:8-1:18");
    }

    @Test
    void heredocsKeepLinesAndFlushHeredocsRemoveIndentation() {
        HclFile f = fixture("heredocs.hcl");
        assertThat(trees(f.body())).containsExactly(
            Map.entry("plain", "Template(\"line one\\n  \", var.x, \"\\n\")"),
            Map.entry("flush", "Template(\"indented\\n  more\\nback\\n\")"),
            Map.entry("empty", "Template(\"\")"),
            Map.entry("after", "1"));
        assertThat(TreeText.range(expr(f, "plain").range())).isEqualTo("1:9-4:4");
        Expression.Template flush = (Expression.Template) expr(f, "flush");
        // the indentation removed from the first line moves its literal's start
        assertThat(TreeText.range(flush.parts().get(0).range())).isEqualTo("6:5-9:1");
    }

    @Test
    void operatorsHavePrecedenceAndAssociativity() {
        HclFile f = fixture("operators.hcl");
        assertThat(trees(f.body())).containsExactly(
            Map.entry("prec", "Binary(+, 1, Binary(*, 2, 3))"),
            Map.entry("left", "Binary(-, Binary(-, 1, 2), 3)"),
            Map.entry("logic", "Binary(||, a, Binary(&&, b, c))"),
            Map.entry("cmp", "Binary(!=, Binary(==, a, b), c)"),
            Map.entry("rel", "Binary(<, a, b)"),
            Map.entry("mod", "Binary(/, Binary(%, 7, 3), 2)"),
            Map.entry("cond", "Cond(a, b, Cond(c, d, e))"),
            Map.entry("unary", "Binary(*, Unary(-, x), Unary(!, y))"),
            Map.entry("neg_literal", "Unary(-, 1)"));
        Expression.UnaryOp neg = (Expression.UnaryOp) expr(f, "neg_literal");
        assertThat(TreeText.range(neg.symbolRange())).isEqualTo("9:15-9:16");
    }

    @Test
    void functionCallsWithExpansionAndProviderNamespaces() {
        HclFile f = fixture("calls.hcl");
        assertThat(trees(f.body())).containsExactly(
            Map.entry("simple", "Call upper(Template(\"x\"))"),
            Map.entry("none", "Call timestamp()"),
            Map.entry("expand", "Call max(list...)"),
            Map.entry("trailing", "Call concat(a, b)"),
            Map.entry("provider", "Call provider::aws::arn_parse(x)"),
            Map.entry("chained", "Rel(Call lower(x), .y[0])"));
        Expression.FunctionCall p = (Expression.FunctionCall) expr(f, "provider");
        assertThat(TreeText.range(p.nameRange())).isEqualTo("5:12-5:36");
        assertThat(TreeText.range(p.openParenRange())).isEqualTo("5:36-5:37");
        assertThat(TreeText.range(p.closeParenRange())).isEqualTo("5:38-5:39");
    }

    @Test
    void tuplesAndObjectsWithAllKeyForms() {
        HclFile f = fixture("collections.hcl");
        assertThat(trees(f.body())).containsExactly(
            Map.entry("tuple", "[1, Template(\"two\"), [3]]"),
            Map.entry("object", "{Key(a) = 1, Key(Template(\"b\")) = 2, Key(c) = 3, Key!((d)) = 4, Key(e.f) = 5, "
                + "Key(Template(g, \"-h\")) = 6}"),
            Map.entry("empty_tuple", "[]"),
            Map.entry("empty_object", "{}"));
        Expression.ObjectCons o = (Expression.ObjectCons) expr(f, "object");
        assertThat(o.items()).extracting(it -> ((Expression.ObjectConsKey) it.key()).bareName())
            .containsExactly("a", null, "c", null, null, null);
    }

    @Test
    void forExpressionsForTuplesAndObjects() {
        HclFile f = fixture("for_exprs.hcl");
        assertThat(trees(f.body())).containsExactly(
            Map.entry("tuple", "For(s in var.list : Call upper(s) if Binary(!=, s, Template(\"\")))"),
            Map.entry("object", "For(k, v in var.map : k => v)"),
            Map.entry("grouped", "For(v in var.list : v.key => v...)"));
        Expression.For grouped = (Expression.For) expr(f, "grouped");
        assertThat(grouped.isObject()).isTrue();
        assertThat(grouped.keyVar()).isNull();
        assertThat(TreeText.range(grouped.openRange())).isEqualTo("3:11-3:12");
        assertThat(TreeText.range(grouped.closeRange())).isEqualTo("3:45-3:46");
    }

    @Test
    void traversalsIndexesAndSplats() {
        HclFile f = fixture("traversals.hcl");
        assertThat(trees(f.body())).containsExactly(
            Map.entry("attr", "var.a.b"),
            Map.entry("index", "var.list[0][\"key\"]"),
            Map.entry("legacy", "aws_instance.web[0].id"),
            Map.entry("relative", "Rel(Call f(x), .a)"),
            Map.entry("dynamic", "Index(var.list, var.i)"),
            Map.entry("splat_attr", "Splat(var.list, Rel(*, .id))"),
            Map.entry("splat_full", "Splat(var.list, Rel(*, .tags[\"name\"]))"),
            Map.entry("keyword_attrs", "a.if.for.in"));
        Expression.Splat splat = (Expression.Splat) expr(f, "splat_full");
        assertThat(TreeText.range(splat.markerRange())).isEqualTo("7:22-7:25");
        assertThat(TreeText.range(splat.item().range())).isEqualTo("7:22-7:25");
        Expression.ScopeTraversal legacy = (Expression.ScopeTraversal) expr(f, "legacy");
        assertThat(TreeText.range(legacy.traversal().get(2).range())).isEqualTo("3:26-3:28");
    }

    @Test
    void unicodeIdentifiersAndGraphemeColumns() {
        HclFile f = fixture("unicode.hcl");
        assertThat(trees(f.body())).containsExactly(
            Map.entry("caf\u00e9", "Template(\"na\u00efve\")"),
            Map.entry("with-dash", "1"),
            Map.entry("_under", "2"),
            Map.entry("emoji", "Template(\"\uD83D\uDC69\u200D\uD83D\uDCBBx\")"),
            Map.entry("next", "3"));
        // the woman-technologist sequence is one grapheme cluster: one column, eleven bytes
        Expression emoji = expr(f, "emoji");
        assertThat(TreeText.range(emoji.range())).isEqualTo("4:9-4:13");
        assertThat(emoji.range().endByte() - emoji.range().startByte()).isEqualTo(14);
        assertThat(TreeText.range(f.comments().get(0).range())).isEqualTo("4:14-4:21");
    }

    @Test
    void tabsCountOneColumn() {
        HclFile f = NativeParser.parseFile(SourceFile.of("t.hcl", "a {\n\t\tb = 1\n}\n"), ParseOptions.DEFAULTS);
        assertThat(f.diagnostics()).isEmpty();
        Attribute b = f.body().blocks("a").get(0).body().attribute("b");
        assertThat(b.nameRange().start()).isEqualTo(new Pos(2, 3, 6));
    }

    @Test
    void keywordsServeAsNames() {
        HclFile f = fixture("keywords.hcl");
        assertThat(trees(f.body())).containsExactly(
            Map.entry("true", "1"), Map.entry("for", "2"), Map.entry("if", "3"), Map.entry("null", "4"),
            Map.entry("in", "{Key(if) = 1, Key!((for)) = 2}"),
            Map.entry("lit", "[true, false, null]"));
    }

    @Test
    void byteOrderMarkAndCrlf() {
        HclFile f = fixture("bom_crlf.hcl");
        Attribute a = f.body().attribute("a");
        assertThat(a.range().start()).isEqualTo(new Pos(1, 1, 3));
        Attribute c = f.body().blocks("b").get(0).body().attribute("c");
        assertThat(TreeText.of(c.expression())).isEqualTo("Template(\"x\\r\\n\")");
        assertThat(TreeText.range(c.range())).isEqualTo("3:3-5:4");
    }

    @Test
    void expressionEntryPoint() {
        ExpressionResult r = NativeParser.parseExpression(SourceFile.of("e.hcle", "a +\n b"), ParseOptions.DEFAULTS);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(TreeText.of(r.expression())).isEqualTo("Binary(+, a, b)");

        ExpressionResult extra = NativeParser.parseExpression(SourceFile.of("e.hcle", "a b"), ParseOptions.DEFAULTS);
        assertThat(extra.diagnostics()).extracting(d -> d.summary() + " @" + TreeText.range(d.subject()))
            .containsExactly("Extra characters after expression @1:3-1:4");
    }

    @Test
    void templateEntryPointKeepsTheGivenStart() {
        ExpressionResult r = NativeParser.parseTemplate("x.tf.json", "Hi ${name}!", new Pos(3, 10, 40),
            ParseOptions.DEFAULTS);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(TreeText.of(r.expression())).isEqualTo("Template(\"Hi \", name, \"!\")");
        Expression.Template t = (Expression.Template) r.expression();
        assertThat(t.parts().get(1).range().start()).isEqualTo(new Pos(3, 15, 45));

        ExpressionResult wrap = NativeParser.parseTemplate("x.tf.json", "${a.b}", Pos.START, ParseOptions.DEFAULTS);
        assertThat(TreeText.of(wrap.expression())).isEqualTo("Wrap(a.b)");
        ExpressionResult plain = NativeParser.parseTemplate("x.tf.json", "a\\nb $${x}", Pos.START, ParseOptions.DEFAULTS);
        assertThat(TreeText.of(plain.expression())).isEqualTo("Template(\"a\\\\nb ${x}\")");
    }

    @Test
    void recoveryKeepsWhatParsedAndContinuesAtTheNextItem() {
        HclFile f = NativeParser.parseFile(SourceFile.of("r.hcl", "a = )\nb = 2\nc {\n  d = (\n}\ne = f(\n"),
            ParseOptions.DEFAULTS);
        assertThat(f.diagnostics()).extracting(d -> d.subject().startLine() + " " + d.summary())
            .first().isEqualTo("1 Invalid expression");
        assertThat(f.body().attribute("a").expression()).isInstanceOf(Expression.SyntaxError.class);
        assertThat(f.body().attribute("b")).isNotNull();
        assertThat(f.body().blocks("c")).hasSize(1);
    }
}
