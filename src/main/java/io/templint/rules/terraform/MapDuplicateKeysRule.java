package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import io.templint.rules.RelatedLocation;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/** An object constructor that sets the same key twice: the later value silently wins. */
public final class MapDuplicateKeysRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_map_duplicate_keys", Severity.WARNING,
        "An object or map sets the same key twice",
        """
        In `{ a = 1, a = 2 }` Terraform keeps the last value and says nothing: the first entry is \
        dead and usually a copy-and-paste mistake (two `env` entries for one variable, two tags). \
        Keys are compared as strings, so `1 = "x"` and `"1" = "y"` are the same key.

        Matches tflint's `terraform_map_duplicate_keys` for keys that are constants: bare names, \
        literal strings, numbers and booleans. tflint also evaluates keys made of variables with \
        their defaults; templint compares only the keys it knows without evaluating, so such keys \
        are skipped. Every module folder of the template is checked; files in JSON syntax are not \
        (tflint does not check them either).
        """,
        "https://developer.hashicorp.com/terraform/language/expressions/types#maps-objects");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        ctx.forEachExpression((site, e) -> {
            if (!(e instanceof Expression.ObjectCons o) || !TflintRules.nativeSyntax(site.file().name())) {
                return;
            }
            Map<String, Range> keys = new HashMap<>();
            for (Expression.ObjectItem item : o.items()) {
                String key = keyOf(item.key());
                if (key == null) {
                    continue;
                }
                Range first = keys.putIfAbsent(key, item.key().range());
                if (first != null) {
                    ctx.report(item.key().range(), "duplicate key \"" + SourceSnippets.shorten(key)
                        + "\", first defined at " + TflintRules.hclRange(first), new RelatedLocation(first, "first definition"));
                }
            }
        });
    }

    /** The key as a string when it is a constant, or null. */
    private static String keyOf(Expression key) {
        if (key instanceof Expression.ObjectConsKey k) {
            if (k.bareName() != null) {
                return k.bareName();
            }
            key = k.wrapped();
        }
        while (key instanceof Expression.Parentheses p) {
            key = p.expression();
        }
        String s = TflintRules.literalString(key);
        if (s != null) {
            return s;
        }
        if (key instanceof Expression.LiteralValue l) {
            if (l.value() instanceof BigDecimal d) {
                return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
            }
            if (l.value() instanceof Boolean b) {
                return b.toString();
            }
        }
        return null;
    }
}
