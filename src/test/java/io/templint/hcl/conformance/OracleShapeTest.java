package io.templint.hcl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Expression;
import io.templint.hcl.Label;
import io.templint.hcl.Operator;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OracleShapeTest {

    /** A one-line range from column {@code sc} to {@code ec} (bytes = columns - 1). */
    private static Range r(int sc, int ec) {
        return new Range("t.hcl", new Pos(1, sc, sc - 1), new Pos(1, ec, ec - 1));
    }

    private static JsonNode json(String text) throws Exception {
        return Corpus.JSON.readTree(text.replace('\'', '"'));
    }

    private static void assertShape(JsonNode actual, String expected) throws Exception {
        assertThat(JsonDiff.compare(json(expected), actual, "x", 20)).isEmpty();
    }

    @Test
    void attributesComeBeforeBlocksWhateverTheSourceOrder() throws Exception {
        Block block = new Block("b", r(1, 2), List.of(new Label("l", r(3, 6), true)),
            new Body(List.of(), r(7, 9), r(8, 9)), r(7, 8), r(8, 9), r(1, 9));
        Attribute attr = new Attribute("a", r(10, 11), new Expression.LiteralValue(Boolean.TRUE, r(14, 18)),
            r(12, 13), r(10, 18));
        Body body = new Body(List.of(block, attr), r(1, 18), r(18, 18));
        assertShape(OracleShape.body(body), """
            {'attrs':[{'name':'a','nameR':[1,10,9,1,11,10],'expr':{'k':'Literal','v':true,'r':[1,14,13,1,18,17]},
                       'r':[1,10,9,1,18,17]}],
             'blocks':[{'type':'b','typeR':[1,1,0,1,2,1],'labels':['l'],'labelR':[[1,3,2,1,6,5]],
                        'openR':[1,7,6,1,8,7],'closeR':[1,8,7,1,9,8],
                        'body':{'attrs':[],'blocks':[],'r':[1,7,6,1,9,8]}}],
             'r':[1,1,0,1,18,17]}""");
    }

    @Test
    void templatesAndTraversals() throws Exception {
        Expression tmpl = new Expression.Template(List.of(
            new Expression.LiteralValue("x", r(2, 3)),
            new Expression.ScopeTraversal(List.of(new Traverser.Root("var", r(5, 8)), new Traverser.Attr("a", r(8, 10)),
                new Traverser.Index(new BigDecimal("0"), r(10, 13))), r(5, 13))), r(1, 15));
        assertShape(OracleShape.expression(tmpl), """
            {'k':'Template','parts':[{'k':'Literal','v':'x','r':[1,2,1,1,3,2]},
              {'k':'Traversal','t':[{'root':'var','r':[1,5,4,1,8,7]},{'attr':'a','r':[1,8,7,1,10,9]},
                {'index':0,'r':[1,10,9,1,13,12]}],'r':[1,5,4,1,13,12]}],'r':[1,1,0,1,15,14]}""");
    }

    @Test
    void aForWithoutKeyVariableOrConditionWritesEmptyKeyVarAndNulls() throws Exception {
        Expression f = new Expression.For(null, "v", new Expression.ScopeTraversal(
            List.of(new Traverser.Root("xs", r(11, 13))), r(11, 13)), null,
            new Expression.UnaryOp(Operator.NEGATE, new Expression.ScopeTraversal(
                List.of(new Traverser.Root("v", r(17, 18))), r(17, 18)), r(16, 17), r(16, 18)),
            null, false, r(1, 2), r(18, 19), r(1, 19));
        assertShape(OracleShape.expression(f), """
            {'k':'For','keyVar':'','valVar':'v',
             'coll':{'k':'Traversal','t':[{'root':'xs','r':[1,11,10,1,13,12]}],'r':[1,11,10,1,13,12]},
             'keyExpr':null,
             'valExpr':{'k':'Unary','op':'neg','val':{'k':'Traversal','t':[{'root':'v','r':[1,17,16,1,18,17]}],
                        'r':[1,17,16,1,18,17]},'r':[1,16,15,1,18,17]},
             'cond':null,'group':false,'r':[1,1,0,1,19,18]}""");
    }

    @Test
    void numbersKeepEveryDigit() throws Exception {
        String digits = "3.14159265358979323846264338327950288419716939937510582097494459";
        JsonNode n = OracleShape.expression(new Expression.LiteralValue(new BigDecimal(digits), r(1, 5)));
        assertThat(n.get("v").decimalValue()).isEqualByComparingTo(digits);
        assertThat(JsonDiff.compare(json("{'k':'Literal','v':" + digits + ",'r':[1,1,0,1,5,4]}"), n, "x", 5)).isEmpty();
    }

    @Test
    void namesEveryKindOfExpression() {
        for (Class<?> kind : Expression.class.getPermittedSubclasses()) {
            String name = kindName(kind);
            assertThat(name).as(kind.getSimpleName()).isNotBlank();
        }
        assertThat(Expression.class.getPermittedSubclasses()).hasSize(19);
    }

    /** The oracle name of a kind, found through a minimal instance of it. */
    private static String kindName(Class<?> kind) {
        Expression any = new Expression.SyntaxError(r(1, 2));
        Expression e = switch (kind.getSimpleName()) {
            case "LiteralValue" -> new Expression.LiteralValue("x", r(1, 2));
            case "ScopeTraversal" -> new Expression.ScopeTraversal(List.of(new Traverser.Root("a", r(1, 2))), r(1, 2));
            case "RelativeTraversal" -> new Expression.RelativeTraversal(any, List.of(), r(1, 2));
            case "FunctionCall" -> new Expression.FunctionCall("f", r(1, 2), List.of(), false, r(1, 2), r(1, 2), r(1, 2));
            case "Conditional" -> new Expression.Conditional(any, any, any, r(1, 2));
            case "Index" -> new Expression.Index(any, any, r(1, 2), r(1, 2));
            case "TupleCons" -> new Expression.TupleCons(List.of(), r(1, 2), r(1, 2));
            case "ObjectCons" -> new Expression.ObjectCons(List.of(), r(1, 2), r(1, 2));
            case "ObjectConsKey" -> new Expression.ObjectConsKey(any, true, r(1, 2));
            case "For" -> new Expression.For("k", "v", any, null, any, null, false, r(1, 2), r(1, 2), r(1, 2));
            case "Splat" -> new Expression.Splat(any, new Expression.AnonSymbol(r(1, 2)),
                new Expression.AnonSymbol(r(1, 2)), r(1, 2), r(1, 2));
            case "AnonSymbol" -> new Expression.AnonSymbol(r(1, 2));
            case "BinaryOp" -> new Expression.BinaryOp(Operator.ADD, any, any, r(1, 2));
            case "UnaryOp" -> new Expression.UnaryOp(Operator.NOT, any, r(1, 2), r(1, 2));
            case "Template" -> new Expression.Template(List.of(), r(1, 2));
            case "TemplateWrap" -> new Expression.TemplateWrap(any, r(1, 2));
            case "TemplateJoin" -> new Expression.TemplateJoin(any, r(1, 2));
            case "Parentheses" -> new Expression.Parentheses(any, r(1, 2));
            case "SyntaxError" -> any;
            default -> throw new AssertionError("a new kind of expression: teach OracleShape about " + kind);
        };
        assertThat(e).isInstanceOf(kind);
        JsonNode n = OracleShape.expression(e);
        assertThat(n.get("k").asText()).isEqualTo(OracleShape.kind(e));
        return n.get("k").asText();
    }

    @Test
    void splatsCallsObjectsAndConditionals() throws Exception {
        Expression.AnonSymbol item = new Expression.AnonSymbol(r(2, 4));
        Expression splat = new Expression.Splat(new Expression.ScopeTraversal(
            List.of(new Traverser.Root("a", r(1, 2))), r(1, 2)),
            new Expression.RelativeTraversal(item, List.of(new Traverser.Attr("b", r(4, 6))), r(2, 6)),
            item, r(2, 4), r(1, 6));
        Expression call = new Expression.FunctionCall("f", r(1, 2), List.of(splat), true, r(2, 3), r(8, 9), r(1, 9));
        Expression obj = new Expression.ObjectCons(List.of(new Expression.ObjectItem(
            new Expression.ObjectConsKey(new Expression.ScopeTraversal(
                List.of(new Traverser.Root("k", r(2, 3))), r(2, 3)), false, r(2, 3)),
            new Expression.LiteralValue(null, r(6, 10)))), r(1, 2), r(1, 11));
        Expression cond = new Expression.Conditional(call, obj, new Expression.Parentheses(
            new Expression.SyntaxError(r(2, 3)), r(1, 4)), r(1, 20));
        JsonNode n = OracleShape.expression(cond);
        assertThat(n.get("k").asText()).isEqualTo("Cond");
        assertThat(n.at("/c/k").asText()).isEqualTo("Call");
        assertThat(n.at("/c/expand").asBoolean()).isTrue();
        assertThat(n.at("/c/args/0/k").asText()).isEqualTo("Splat");
        assertThat(n.at("/c/args/0/marker").toString()).isEqualTo("[1,2,1,1,4,3]");
        assertThat(n.at("/c/args/0/each/src/k").asText()).isEqualTo("AnonSymbol");
        assertThat(n.at("/t/items/0/key/k").asText()).isEqualTo("ObjKey");
        assertThat(n.at("/t/items/0/key/forceNonLiteral").asBoolean()).isFalse();
        assertThat(n.at("/t/items/0/value/v").isNull()).isTrue();
        assertThat(n.at("/f/k").asText()).isEqualTo("Parens");
        assertThat(n.at("/f/e/k").asText()).isEqualTo("SyntaxError");
    }
}
