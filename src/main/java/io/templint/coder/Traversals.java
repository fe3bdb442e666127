package io.templint.coder;

import io.templint.hcl.Expression;
import io.templint.hcl.Traverser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads references written with computed index keys as plain traversals:
 * {@code module.m[count.index].out} parses as an index expression followed by a relative
 * traversal, and {@code module.m[*].out} as a splat; for following references both are
 * {@code module.m[0].out}.
 */
final class Traversals {

    private Traversals() { }

    /** The steps of a reference expression, computed index keys taken as instance 0; null when it is no reference. */
    static List<Traverser> of(Expression e) {
        if (e instanceof Expression.ScopeTraversal t) {
            return t.traversal();
        }
        if (e instanceof Expression.RelativeTraversal r) {
            List<Traverser> base = of(r.source());
            if (base == null) {
                return null;
            }
            List<Traverser> out = new ArrayList<>(base);
            out.addAll(r.traversal());
            return out;
        }
        if (e instanceof Expression.Splat sp) {
            List<Traverser> base = of(sp.source());
            List<Traverser> each = sp.each() instanceof Expression.RelativeTraversal r
                && r.source() instanceof Expression.AnonSymbol ? r.traversal()
                : sp.each() instanceof Expression.AnonSymbol ? List.of() : null;
            if (base == null || each == null) {
                return null;
            }
            List<Traverser> out = new ArrayList<>(base);
            out.add(new Traverser.Index(BigDecimal.ZERO, sp.markerRange()));
            out.addAll(each);
            return out;
        }
        if (e instanceof Expression.Index x) {
            List<Traverser> base = of(x.collection());
            if (base == null) {
                return null;
            }
            List<Traverser> out = new ArrayList<>(base);
            Object key = x.key() instanceof Expression.LiteralValue l && l.value() != null ? l.value() : BigDecimal.ZERO;
            out.add(new Traverser.Index(key, x.bracketRange()));
            return out;
        }
        return null;
    }

    /** The root name of steps from {@link #of}. */
    static String root(List<Traverser> steps) {
        return ((Traverser.Root) steps.get(0)).name();
    }
}
