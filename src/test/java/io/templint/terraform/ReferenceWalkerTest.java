package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Expression;
import io.templint.hcl.ExpressionResult;
import io.templint.hcl.Hcl;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The references of each kind of expression, as HCL's {@code Variables()} lists them (which is what
 * Terraform turns into references): the exact traversals, as written, in source order.
 */
class ReferenceWalkerTest {

    private static Expression parse(String src) {
        ExpressionResult r = Hcl.parseExpression(SourceFile.of("x.tf", src), ParseOptions.DEFAULTS);
        assertThat(r.diagnostics()).as(src).isEmpty();
        return r.expression();
    }

    /** The references of {@code src}, each as its source text. */
    private static List<String> refs(String src) {
        return refs(src, Set.of());
    }

    private static List<String> refs(String src, Set<String> bound) {
        SourceFile f = SourceFile.of("x.tf", src);
        ExpressionResult r = Hcl.parseExpression(f, ParseOptions.DEFAULTS);
        assertThat(r.diagnostics()).as(src).isEmpty();
        return ReferenceWalker.traversals(r.expression(), bound).stream().map(t -> f.text(t.range())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # expression                                    | references, space-separated
        `"plain"`                                       | ``
        42                                              | ``
        null                                            | ``
        `"a ${var.x} b ${local.y}"`                     | var.x local.y
        `"%{ if var.on }x%{ else }${local.y}%{ endif }"` | var.on local.y
        var.list[0].name                                | var.list[0].name
        `var.map["k"]`                                  | `var.map["k"]`
        aws_instance.web.0.id                           | aws_instance.web.0.id
        var.list[local.i].name                          | var.list local.i
        f(var.a).b[0]                                   | var.a
        aws_instance.web[*].id                          | aws_instance.web
        aws_instance.web.*.id                           | aws_instance.web
        `upper(var.a, local.b...)`                      | var.a local.b
        var.c ? local.t : data.x.y.z                    | var.c local.t data.x.y.z
        `[var.a, [local.b]]`                            | var.a local.b
        !var.a                                          | var.a
        -local.n                                        | local.n
        var.a + local.b * 2 == module.m.o               | var.a local.b module.m.o
        (var.a)                                         | var.a
        """)
    void simpleKinds(String src, String expected) {
        List<String> want = expected == null || expected.isEmpty() ? List.of() : List.of(expected.split(" "));
        assertThat(refs(src)).isEqualTo(want);
    }

    @Test
    void forExpressionVariablesShadowRootsInsideButNotInTheCollection() {
        assertThat(refs("[for k, v in var.m : \"${k}=${v.x}=${local.z}\" if v != var.skip]"))
            .containsExactly("var.m", "local.z", "var.skip");
        assertThat(refs("{for each in var.list : each.key => each.value}")).containsExactly("var.list");
        // the collection is outside the for's scope: a same-named root there is a reference
        assertThat(refs("[for v in v.items : v]")).containsExactly("v.items");
        // nested: the inner for sees the outer's names
        assertThat(refs("[for a in var.x : [for b in a.l : [a, b, local.c]]]")).containsExactly("var.x", "local.c");
        assertThat(refs("[for v in var.x : v]", Set.of("var"))).isEmpty();
    }

    @Test
    void objectKeysThatAreBareNamesAreLiteralKeys() {
        assertThat(refs("{ path = \"/x\", count = 1, terraform = \"t\", each = 2, self = 3 }")).isEmpty();
        assertThat(refs("{ null = 1, true = 2, false = 3 }")).isEmpty();
        assertThat(refs("{ API = \"a\", TOKEN = self.input.token }")).containsExactly("self.input.token");
        assertThat(refs("{ path: var.p }")).containsExactly("var.p");
    }

    @Test
    void quotedAndParenthesisedKeysAreExpressions() {
        assertThat(refs("{ \"path\" = 1 }")).isEmpty();
        assertThat(refs("{ \"${local.k}\" = 1 }")).containsExactly("local.k");
        assertThat(refs("{ (local.k) = var.v }")).containsExactly("local.k", "var.v");
        // a parenthesised single name is a reference too
        assertThat(refs("{ (k) = 1 }")).containsExactly("k");
    }

    @Test
    void aDottedKeyIsAnExpression() {
        // HCL refuses it when it evaluates the object ("Ambiguous attribute key"), but lists it as a reference
        assertThat(refs("{ a.b = 1 }")).containsExactly("a.b");
        assertThat(refs("{ var.x = 1 }")).containsExactly("var.x");
    }

    @Test
    void heredocTemplates() {
        assertThat(refs("<<EOT\nhello ${var.name}\n%{ for s in local.list }${s}-${var.sep}%{ endfor }\nEOT\n"))
            .containsExactly("var.name", "local.list", "var.sep");
        assertThat(refs("<<-EOT\n  ${path.module}\n  EOT\n")).containsExactly("path.module");
    }

    @Test
    void nodesLeaveOutLiteralKeysOnly() {
        List<String> kinds = new java.util.ArrayList<>();
        ReferenceWalker.nodes(parse("{ a = f(x), (b) = 1 }"), e -> kinds.add(e.getClass().getSimpleName()));
        assertThat(kinds).containsExactly("ObjectCons", "FunctionCall", "ScopeTraversal", "ObjectConsKey",
            "Parentheses", "ScopeTraversal", "LiteralValue");
        assertThat(ExpressionFacts.isConstant(parse("{ path = 1, count = \"x\" }"))).isTrue();
        assertThat(ExpressionFacts.isConstant(parse("{ (path) = 1 }"))).isFalse();
        assertThat(ExpressionFacts.hasReferences(parse("{ path = 1 }"))).isFalse();
        assertThat(ExpressionFacts.hasReferences(parse("[for x in [1] : x]"))).isFalse();
    }
}
