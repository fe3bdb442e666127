package io.templint.rules;

import io.templint.api.Severity;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Small rules and templates for engine tests. */
final class TestRules {

    private TestRules() { }

    /** A rule with id {@code id} whose check is {@code body}. */
    static Rule rule(String id, Consumer<RuleContext> body) {
        return rule(id, Set.of(), body);
    }

    /** A rule with id {@code id} that needs {@code facts}. */
    static Rule rule(String id, Set<FactKey<?>> facts, Consumer<RuleContext> body) {
        RuleMetadata m = new RuleMetadata(id, Severity.WARNING, "Test rule " + id, "A rule for tests.", null);
        return new Rule() {
            @Override
            public RuleMetadata metadata() {
                return m;
            }

            @Override
            public void check(RuleContext context) {
                body.accept(context);
            }

            @Override
            public Set<FactKey<?>> requiredFacts() {
                return facts;
            }
        };
    }

    /** Reports every attribute named {@code bad}, with the message "bad attribute". */
    static Rule badAttribute(String id) {
        return rule(id, ctx -> ctx.syntax().attributes("bad").forEach(a -> ctx.report(a.attribute(), "bad attribute")));
    }

    /** Parses {@code name = text} pairs into a template. */
    static AnalysedTemplate template(String... nameAndText) {
        List<HclFile> files = new ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) {
            HclFile f = Hcl.parse(SourceFile.of(nameAndText[i], nameAndText[i + 1]));
            if (f.hasErrors()) {
                throw new IllegalArgumentException("test template has syntax errors: " + f.diagnostics());
            }
            files.add(f);
        }
        return AnalysedTemplate.of("tpl", files);
    }
}
