package io.templint.rules;

import static io.templint.rules.TestRules.badAttribute;
import static io.templint.rules.TestRules.template;
import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Expression;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntaxIndexTest {

    private static final AnalysedTemplate T = template(
        "main.tf", """
            resource "coder_app" "code" {
              slug = "code"
              healthcheck {
                url = "http://localhost"
              }
            }
            resource "coder_agent" "main" {
              os = "linux"
            }
            """,
        "more.tf", """
            resource "coder_app" "other" {
              slug = upper(var.x)
            }
            data "coder_parameter" "p" {}
            """);

    @Test
    void findsTopLevelBlocksByTypeAndLeadingLabelsAcrossFiles() {
        SyntaxIndex s = T.syntax();
        assertThat(s.blocks("resource", "coder_app")).extracting(BlockSite::describe)
            .containsExactly("resource.coder_app.code", "resource.coder_app.other");
        assertThat(s.blocks("resource")).hasSize(3);
        assertThat(s.blocks("resource", "coder_app", "other")).singleElement()
            .satisfies(b -> assertThat(b.file().name()).isEqualTo("more.tf"));
        assertThat(s.blocks("healthcheck")).as("top level only").isEmpty();
        assertThat(s.topLevelBlocks()).hasSize(4);
        assertThat(s.allBlocks()).extracting(b -> b.block().type())
            .containsExactly("resource", "healthcheck", "resource", "resource", "data");
    }

    @Test
    void sitesKnowWhereTheyAre() {
        BlockSite app = T.syntax().blocks("resource", "coder_app", "code").get(0);
        BlockSite hc = app.nested("healthcheck").get(0);
        assertThat(hc.parent()).isSameAs(app);
        assertThat(hc.depth()).isEqualTo(1);
        assertThat(hc.topLevel()).isSameAs(app);
        assertThat(hc.describe()).isEqualTo("resource.coder_app.code/healthcheck");
        assertThat(app.attribute("slug")).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("slug"));
        assertThat(app.attribute("nope")).isEmpty();

        AttributeSite url = T.syntax().attributes("url").get(0);
        assertThat(url.describe()).isEqualTo("resource.coder_app.code/healthcheck/url");
        assertThat(url.isIn("healthcheck")).isTrue();
        assertThat(T.syntax().attributes()).extracting(a -> a.attribute().name())
            .containsExactly("slug", "url", "os", "slug");
    }

    @Test
    void walksEveryExpressionWithItsAttribute() {
        List<String> seen = new ArrayList<>();
        T.syntax().forEachExpression((site, e) -> {
            if (e instanceof Expression.ScopeTraversal t) {
                seen.add(site.describe() + " " + t.rootName());
            }
        });
        assertThat(seen).containsExactly("resource.coder_app.other/slug var");
    }

    @Test
    void findsTheInnermostEnclosingBlock() {
        AttributeSite url = T.syntax().attributes("url").get(0);
        assertThat(T.syntax().enclosingBlock(url.attribute().range())).hasValueSatisfying(
            b -> assertThat(b.describe()).isEqualTo("resource.coder_app.code/healthcheck"));
        assertThat(T.syntax().enclosingBlock(io.templint.hcl.Range.at("nope.tf", io.templint.hcl.Pos.START)))
            .isEmpty();
    }

    @Test
    void findsTheEnclosingBlockAmongManySiblings() {
        StringBuilder sb = new StringBuilder("top = 0\n");
        for (int i = 0; i < 200; i++) {
            sb.append("r \"").append(i).append("\" {\n  a = 1\n  n {\n    b = 2\n  }\n  n {\n    c = 3\n  }\n}\n");
        }
        AnalysedTemplate many = template("many.tf", sb.toString());
        SyntaxIndex s = many.syntax();
        List<AttributeSite> as = s.attributes("a");
        List<AttributeSite> bs = s.attributes("b");
        List<AttributeSite> cs = s.attributes("c");
        assertThat(as).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(s.enclosingBlock(as.get(i).attribute().range())).get().extracting(BlockSite::describe)
                .isEqualTo("r." + i);
            AttributeSite b = bs.get(i);
            AttributeSite c = cs.get(i);
            assertThat(s.enclosingBlock(b.attribute().range())).get()
                .satisfies(e -> assertThat(e.block()).isSameAs(b.block().block()));
            assertThat(s.enclosingBlock(c.attribute().range())).get()
                .satisfies(e -> assertThat(e.block()).isSameAs(c.block().block()));
            assertThat(b.block().block()).isNotSameAs(c.block().block());
        }
        assertThat(s.enclosingBlock(s.attributes("top").get(0).attribute().range())).isEmpty();
    }

    @Test
    void deeplyNestedBlocksAreIndexedWithoutRecursion() {
        int depth = 3000;
        StringBuilder sb = new StringBuilder();
        sb.append("b {\n".repeat(depth)).append("bad = 1\n").append("}\n".repeat(depth));
        AnalysedTemplate deep = template("deep.tf", sb.toString());
        assertThat(deep.syntax().allBlocks()).hasSize(depth);
        LintResult r = RuleEngine.of(badAttribute("bad_rule")).run(deep);
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.fingerprint()).hasSize(32));
    }
}
