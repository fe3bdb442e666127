package io.templint.hcl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    private static JsonNode json(String text) throws Exception {
        return Corpus.JSON.readTree(text.replace('\'', '"'));
    }

    private static List<JsonDiff.Difference> diff(String expected, String actual) throws Exception {
        return JsonDiff.compare(json(expected), json(actual), "body", 20);
    }

    @Test
    void equalTreesHaveNoDifference() throws Exception {
        String tree = "{'attrs':[{'name':'a','expr':{'k':'Literal','v':'x','r':[1,5,4,1,8,7]}}],'blocks':[]}";
        assertThat(diff(tree, tree)).isEmpty();
    }

    @Test
    void numbersCompareByValueWithAllTheirDigits() throws Exception {
        assertThat(diff("{'v':1000}", "{'v':1E+3}")).isEmpty();
        assertThat(diff("{'v':1.50}", "{'v':1.5}")).isEmpty();
        assertThat(diff("{'v':123456789012345678901234567890}", "{'v':123456789012345678901234567890}")).isEmpty();
        String precise = "0.80000000000000000000000000000000000000000000000000000000000000000000000000024";
        assertThat(diff("{'v':" + precise + "}", "{'v':0.8}")).singleElement()
            .satisfies(d -> assertThat(d.path()).isEqualTo("body.v"));
        assertThat(diff("{'v':123456789012345678901234567890}", "{'v':123456789012345678901234567891}")).hasSize(1);
    }

    @Test
    void reportsTheJsonPathOfADeepDifference() throws Exception {
        String expected = "{'blocks':[{},{'body':{'attrs':[{'expr':{'k':'Template','parts':["
            + "{'k':'Literal','v':'a','r':[3,1,10,3,2,11]},{'k':'Literal','v':'b','r':[3,2,11,3,3,12]}],"
            + "'r':[3,1,10,3,3,12]}}]}}]}";
        String actual = expected.replace("[3,2,11,3,3,12]", "[3,2,11,3,4,13]");
        List<JsonDiff.Difference> d = diff(expected, actual);
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("body.blocks[1].body.attrs[0].expr.parts[1].r");
            assertThat(x.kind()).isEqualTo(JsonDiff.Kind.VALUE);
            assertThat(x.construct()).isEqualTo("Literal");
            assertThat(x.field()).isEqualTo("r");
            assertThat(x.line()).isEqualTo(3);
        });
    }

    @Test
    void aDifferentKindIsOneDifferenceAtK() throws Exception {
        List<JsonDiff.Difference> d = diff("{'expr':{'k':'Template','parts':[],'r':[1,1,0,1,3,2]}}",
            "{'expr':{'k':'TemplateWrap','wrapped':{},'r':[1,1,0,1,3,2]}}");
        assertThat(d).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("body.expr.k");
            assertThat(x.expected().asText()).isEqualTo("Template");
            assertThat(x.actual().asText()).isEqualTo("TemplateWrap");
        });
    }

    @Test
    void reportsMissingExtraLengthAndTypeDifferences() throws Exception {
        assertThat(diff("{'a':1,'b':2}", "{'a':1}")).extracting(JsonDiff.Difference::kind)
            .containsExactly(JsonDiff.Kind.MISSING);
        assertThat(diff("{'a':1}", "{'a':1,'c':3}")).extracting(JsonDiff.Difference::kind)
            .containsExactly(JsonDiff.Kind.EXTRA);
        assertThat(diff("{'items':[1,2]}", "{'items':[1]}")).extracting(JsonDiff.Difference::kind)
            .containsExactly(JsonDiff.Kind.LENGTH);
        assertThat(diff("{'cond':null}", "{'cond':{'k':'Literal'}}")).extracting(JsonDiff.Difference::kind)
            .containsExactly(JsonDiff.Kind.TYPE);
        assertThat(diff("{'v':'1'}", "{'v':1}")).extracting(JsonDiff.Difference::kind)
            .containsExactly(JsonDiff.Kind.TYPE);
        assertThat(diff("{'v':true}", "{'v':false}")).extracting(JsonDiff.Difference::kind)
            .containsExactly(JsonDiff.Kind.VALUE);
    }

    @Test
    void namesTheConstructOfTraversalStepsAttributesAndBlocks() throws Exception {
        String e = "{'attrs':[{'name':'a','nameR':[2,1,5,2,2,6],'expr':{'k':'Traversal','t':[{'root':'x'},"
            + "{'attr':'y','r':[2,6,10,2,8,12]}],'r':[2,5,9,2,8,12]}}],'blocks':[{'type':'b','typeR':[4,1,20,4,2,21]}]}";
        String a = e.replace("'attr':'y'", "'attr':'z'").replace("'name':'a'", "'name':'c'")
            .replace("'type':'b'", "'type':'d'");
        assertThat(diff(e, a)).extracting(x -> x.construct() + "." + x.field() + "@" + x.line())
            .containsExactly("Attribute.name@2", "Traverser.attr@2", "Block.type@4");
    }

    @Test
    void stopsAtTheLimit() throws Exception {
        assertThat(JsonDiff.compare(json("[1,2,3,4]"), json("[5,6,7,8]"), "x", 2)).hasSize(2);
    }
}
