package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Expression;
import io.templint.hcl.Expression.LiteralValue;
import io.templint.hcl.Expression.ObjectCons;
import io.templint.hcl.Expression.ObjectConsKey;
import io.templint.hcl.Expression.ScopeTraversal;
import io.templint.hcl.Expression.Template;
import io.templint.hcl.Expression.TemplateWrap;
import io.templint.hcl.Expression.TupleCons;
import io.templint.hcl.HclFile;
import io.templint.hcl.Range;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How JSON values become expressions, and the ranges they get. */
class JsonReaderValuesTest {

    private static Attribute local(HclFile file, String name) {
        return file.body().blocks("locals").get(0).body().attribute(name);
    }

    private static HclFile locals(String members) {
        return JsonFixtures.text("v.tf.json", "{\"locals\": {" + members + "}}");
    }

    @Test
    void numbersAreExactDecimals() {
        HclFile file = locals("\"pi\": 3.14159265359, \"scaled\": 12.50, \"huge\": 1e400, \"neg\": -7");

        assertThat(((LiteralValue) local(file, "pi").expression()).value()).isEqualTo(new BigDecimal("3.14159265359"));
        assertThat(((LiteralValue) local(file, "scaled").expression()).value()).isEqualTo(new BigDecimal("12.50"));
        assertThat(((LiteralValue) local(file, "huge").expression()).value()).isEqualTo(new BigDecimal("1e400"));
        assertThat(((LiteralValue) local(file, "neg").expression()).value()).isEqualTo(new BigDecimal("-7"));
    }

    @Test
    void booleansAndNullAreLiterals() {
        HclFile file = locals("\"t\": true, \"f\": false, \"n\": null");

        assertThat(((LiteralValue) local(file, "t").expression()).value()).isEqualTo(Boolean.TRUE);
        assertThat(((LiteralValue) local(file, "f").expression()).value()).isEqualTo(Boolean.FALSE);
        assertThat(((LiteralValue) local(file, "n").expression()).value()).isNull();
        assertThat(local(file, "f").expression().range().endColumn() - local(file, "f").expression().range().startColumn())
            .isEqualTo(5);
    }

    @Test
    void plainStringIsALiteralTemplateWithQuotesInItsRange() {
        HclFile file = locals("\"s\": \"hello\"");

        Template t = (Template) local(file, "s").expression();
        assertThat(t.literalString()).isEqualTo("hello");
        assertThat(file.text(t)).isEqualTo("\"hello\"");
        assertThat(file.text(t.parts().get(0))).isEqualTo("hello");
    }

    @Test
    void emptyStringHasAnEmptyLiteralPart() {
        HclFile file = locals("\"s\": \"\"");

        Template t = (Template) local(file, "s").expression();
        assertThat(t.literalString()).isEmpty();
        Range part = t.parts().get(0).range();
        assertThat(part.startByte()).isEqualTo(part.endByte());
    }

    @Test
    void escapesAreDecoded() {
        HclFile file = locals("\"s\": \"tab\\there \\u00e9 \\\"q\\\"\"");

        assertThat(((Template) local(file, "s").expression()).literalString()).isEqualTo("tab\there é \"q\"");
    }

    @Test
    void arraysAndObjectsAreConstructors() {
        HclFile file = locals("\"o\": {\"k\": [1, \"two\", {\"//\": 3}]}");

        ObjectCons o = (ObjectCons) local(file, "o").expression();
        assertThat(file.text(o)).isEqualTo("{\"k\": [1, \"two\", {\"//\": 3}]}");
        assertThat(file.text(() -> o.openRange())).isEqualTo("{");
        ObjectConsKey key = (ObjectConsKey) o.items().get(0).key();
        assertThat(((Template) key.wrapped()).literalString()).isEqualTo("k");
        assertThat(file.text(key)).isEqualTo("\"k\"");
        TupleCons t = (TupleCons) o.items().get(0).value();
        assertThat(t.items()).hasSize(3);
        ObjectCons inner = (ObjectCons) t.items().get(2);
        assertThat(inner.items()).as("// is an ordinary key inside an expression").hasSize(1);
    }

    @Test
    void literalSettingsAreNotTemplates() {
        HclFile file = JsonFixtures.read("valid/all-blocks.tf.json");

        Block region = file.body().blocks("variable").get(0);
        assertThat(((Template) region.body().attribute("default").expression()).literalString()).isEqualTo("eu-${west}");
        assertThat(((Template) region.body().attribute("description").expression()).literalString())
            .isEqualTo("Region, not a ${template}");
        Block terraform = file.body().blocks("terraform").get(0);
        assertThat(((Template) terraform.body().attribute("required_version").expression()).literalString())
            .isEqualTo(">= 1.5, ${not_a_template}");
        Block backend = terraform.body().blocks("backend").get(0);
        assertThat(((Template) backend.body().attribute("bucket").expression()).literalString()).isEqualTo("state-${x}");
        Block connection = file.body().blocks("resource").get(0).body().blocks("connection").get(0);
        assertThat(((Template) connection.body().attribute("type").expression()).literalString()).isEqualTo("ssh");
    }

    @Test
    void tfvarsValuesAreLiteral() {
        HclFile file = JsonFixtures.read("valid/values.tfvars.json");

        assertThat(((Template) file.body().attribute("region").expression()).literalString()).isEqualTo("eu-${literal}");
        ObjectCons tags = (ObjectCons) file.body().attribute("tags").expression();
        assertThat(((Template) tags.items().get(0).value()).literalString()).isEqualTo("${y}");
    }

    @Test
    void attributeRangesCoverNameColonAndValue() {
        HclFile file = JsonFixtures.text("r.tf.json", "{\n  \"locals\": {\n    \"name\" : [1, 2]\n  }\n}\n");

        Attribute a = local(file, "name");
        assertThat(file.text(() -> a.nameRange())).isEqualTo("\"name\"");
        assertThat(file.text(() -> a.equalsRange())).isEqualTo(":");
        assertThat(file.text(a)).isEqualTo("\"name\" : [1, 2]");
        assertThat(a.range().startLine()).isEqualTo(3);
        assertThat(a.range().startColumn()).isEqualTo(5);
    }

    @Test
    void blockRangesCoverTypeLabelsAndBraces() {
        HclFile file = JsonFixtures.text("r.tf.json", "{\"resource\": {\"a\": {\"b\": {\"x\": 1}}}}");

        Block b = file.body().blocks().get(0);
        assertThat(file.text(() -> b.typeRange())).isEqualTo("\"resource\"");
        assertThat(b.labels()).allMatch(l -> l.quoted());
        assertThat(file.text(b.labels().get(0))).isEqualTo("\"a\"");
        assertThat(file.text(b.labels().get(1))).isEqualTo("\"b\"");
        assertThat(file.text(() -> b.openBraceRange())).isEqualTo("{");
        assertThat(file.text(() -> b.closeBraceRange())).isEqualTo("}");
        assertThat(file.text(b)).isEqualTo("\"b\": {\"x\": 1}");
        assertThat(file.text(b.body())).isEqualTo("{\"x\": 1}");
        assertThat(b.body().endRange().startByte()).isEqualTo(b.closeBraceRange().startByte());
        // HCL's DefRange of a JSON block: the brace that opens its object
        assertThat(b.headerRange()).isEqualTo(b.openBraceRange());
        assertThat(b.defRange().startByte()).isEqualTo(25);
        assertThat(b.defRange().endByte()).isEqualTo(26);
    }

    @Test
    void blocksUnderOneKeyAreEachDefinedAtTheirOwnBrace() {
        HclFile file = JsonFixtures.text("v.tf.json", "{\n  \"variable\": {\n    \"a\": {},\n    \"b\": {\"type\": \"string\"}\n  }\n}\n");

        Block a = file.body().blocks().get(0);
        Block b = file.body().blocks().get(1);
        assertThat(a.defRange().startLine()).isEqualTo(3);
        assertThat(a.defRange().startColumn()).isEqualTo(10);
        assertThat(a.defRange().endColumn()).isEqualTo(11);
        assertThat(b.defRange().startLine()).isEqualTo(4);
        assertThat(b.defRange().startColumn()).isEqualTo(10);
        assertThat(file.text(a)).isEqualTo("\"a\": {}");
        assertThat(file.text(b)).isEqualTo("\"b\": {\"type\": \"string\"}");
        assertThat(a.range().contains(b.range())).isFalse();
    }

    @Test
    void blocksOfAnArrayAreDefinedAtItsBracketAsInHcl() {
        HclFile file = JsonFixtures.text("p.tf.json", "{\"provider\": {\"aws\": [{\"alias\": \"x\"}, {\"alias\": \"y\"}]}}");

        Block x = file.body().blocks().get(0);
        Block y = file.body().blocks().get(1);
        assertThat(x.defRange().startByte()).isEqualTo(21);
        assertThat(x.defRange().endByte()).isEqualTo(22);
        assertThat(y.defRange()).isEqualTo(x.defRange());
        assertThat(file.text(x)).isEqualTo("{\"alias\": \"x\"}");
        assertThat(file.text(y)).isEqualTo("{\"alias\": \"y\"}");
    }

    @Test
    void nativeBlocksAreDefinedAtTheirTypeAndLabels() {
        HclFile file = io.templint.hcl.parser.NativeParser.parseFile(
            io.templint.hcl.SourceFile.of("m.tf", "resource \"a\" \"b\" {\n}\n"), io.templint.hcl.ParseOptions.DEFAULTS);
        Block b = file.body().blocks().get(0);
        assertThat(b.defRange().startColumn()).isEqualTo(1);
        assertThat(b.defRange().endColumn()).isEqualTo(17);
    }

    @Test
    void columnsCountGraphemeClusters() {
        HclFile file = JsonFixtures.text("u.tf.json", "{\"locals\": {\"rowing\": \"🚣‍♀️\", \"π\": 3.14,\t\"é\": 1}}");

        Attribute pi = local(file, "π");
        Attribute rowing = local(file, "rowing");
        assertThat(rowing.expression().range().endColumn() - rowing.expression().range().startColumn()).isEqualTo(3);
        assertThat(pi.nameRange().startColumn()).isEqualTo(rowing.expression().range().endColumn() + 2);
        assertThat(pi.nameRange().startByte()).isEqualTo(rowing.expression().range().endByte() + 2);
        Attribute e = local(file, "é");
        assertThat(e.nameRange().startColumn()).as("a tab is one column").isEqualTo(pi.range().endColumn() + 2);
        assertThat(file.text(() -> e.nameRange())).isEqualTo("\"é\"");
    }

    @Test
    void crlfLineEndsCountAsOneLineBreak() {
        HclFile file = JsonFixtures.text("c.tf.json", "{\r\n\"locals\": {\r\n\"a\": 1}}\r\n");

        Attribute a = local(file, "a");
        assertThat(a.range().startLine()).isEqualTo(3);
        assertThat(a.range().startColumn()).isEqualTo(1);
    }

    @Test
    void templatesAreParsedWithTheNativeParser() {
        HclFile file = locals("\"w\": \"${var.x}\", \"t\": \"a-${var.x}\"");

        TemplateWrap w = (TemplateWrap) local(file, "w").expression();
        assertThat(file.text(w)).isEqualTo("\"${var.x}\"");
        ScopeTraversal x = (ScopeTraversal) w.wrapped();
        assertThat(file.text(x)).isEqualTo("var.x");
        Template t = (Template) local(file, "t").expression();
        assertThat(t.parts()).hasSize(2);
        assertThat(file.text(t.parts().get(1))).isEqualTo("var.x");
        assertThat(file.diagnostics()).isEmpty();
    }

    @Test
    void referencesAndKeywordsAreNativeExpressions() {
        HclFile file = JsonFixtures.read("valid/all-blocks.tf.json");

        Block web = file.body().blocks("resource").get(0);
        ScopeTraversal provider = (ScopeTraversal) web.body().attribute("provider").expression();
        assertThat(provider.rootName()).isEqualTo("aws");
        assertThat(file.text(provider)).isEqualTo("aws.west");
        TupleCons depends = (TupleCons) web.body().attribute("depends_on").expression();
        assertThat(depends.items()).allMatch(e -> e instanceof ScopeTraversal);
        assertThat(file.text(depends.items().get(1))).isEqualTo("module.claude");
        Expression type = file.body().blocks("variable").get(1).body().attribute("type").expression();
        assertThat(file.text(type)).isEqualTo("map(string)");
        ObjectCons providers = (ObjectCons) file.body().blocks("module").get(0).body().attribute("providers").expression();
        ObjectConsKey key = (ObjectConsKey) providers.items().get(0).key();
        assertThat(key.bareName()).isEqualTo("aws");
        assertThat(file.text(providers.items().get(0).value())).isEqualTo("aws.west");
        assertThat(file.diagnostics()).isEmpty();
    }

    @Test
    void expressionErrorsPointIntoTheString() {
        HclFile file = JsonFixtures.text("e.tf.json", "{\"moved\": {\"from\": \"a.b\", \"to\": \"a..b\"}}");

        assertThat(file.diagnostics()).isNotEmpty();
        Range subject = file.diagnostics().get(0).subject();
        assertThat(subject.startByte()).isBetween(34, 39);
    }

    @Test
    void positionsInsideEscapedStringsPointIntoTheFile() {
        HclFile file = locals("\"script\": \"#!/bin/sh\\necho \\\"\\u00e9\\\" ${var.token}\\n\\tdone ${var.end}\"");

        Template t = (Template) local(file, "script").expression();
        java.util.List<String> refs = new java.util.ArrayList<>();
        io.templint.hcl.Expressions.walk(t, e -> {
            if (e instanceof ScopeTraversal st) {
                refs.add(file.text(st) + "@" + st.range().startLine());
            }
        });
        assertThat(refs).containsExactly("var.token@1", "var.end@1");
        assertThat(file.diagnostics()).isEmpty();
    }

    @Test
    void escapedExpressionsMapExactly() {
        HclFile file = JsonFixtures.text("e.tf.json",
            "{\"moved\": {\"from\": \"a.b[\\\"k\\\"]\", \"to\": \"a.c[\\u0022\u00e9\\u0022]\"}}");

        Block moved = file.body().blocks("moved").get(0);
        assertThat(file.text(moved.body().attribute("from").expression())).isEqualTo("a.b[\\\"k\\\"]");
        Expression to = moved.body().attribute("to").expression();
        assertThat(file.text(to)).isEqualTo("a.c[\\u0022\u00e9\\u0022]");
        assertThat(to.range().endColumn()).isEqualTo(file.body().blocks("moved").get(0).body().attribute("to")
            .range().endColumn() - 1);
        assertThat(file.diagnostics()).isEmpty();
    }
}
