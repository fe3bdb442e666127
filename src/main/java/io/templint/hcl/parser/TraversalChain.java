package io.templint.hcl.parser;

import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import java.util.ArrayList;
import java.util.List;

/**
 * An expression being extended by traversal steps ({@code .a}, {@code [0]}, legacy {@code .0}).
 * hclsyntax appends steps to a traversal node in place: a root variable grows a scope traversal,
 * any other expression becomes the source of a relative traversal. Here the steps are gathered and
 * the immutable node is built once, when it is needed.
 */
final class TraversalChain {
    private final Expression from;
    /** The finished expression, when no traversal is being extended. */
    private Expression done;
    /** The source of a relative traversal being extended, or null for a scope traversal. */
    private Expression relSource;
    /** The steps of the traversal being extended, or null. */
    private List<Traverser> steps;
    private Range range;

    TraversalChain(Expression from) {
        this.from = from;
        if (from instanceof Expression.ScopeTraversal st && st.traversal().size() == 1) {
            steps = new ArrayList<>();
            steps.add(st.traversal().get(0));
            range = st.range();
        } else {
            done = from;
        }
    }

    /** Appends a step whose source range is {@code rng}. */
    void add(Traverser step, Range rng) {
        if (steps != null) {
            steps.add(step);
            range = Range.span(range, rng);
            return;
        }
        relSource = done;
        done = null;
        steps = new ArrayList<>();
        steps.add(step);
        range = Range.span(relSource.range(), rng);
    }

    /**
     * An index step {@code [key]} over {@code rng}, as hclsyntax folds it: a literal key (a number,
     * a bool, null, a plain string) extends the traversal, any other key makes an index expression.
     */
    void index(Expression key, Range rng) {
        if (key instanceof Expression.LiteralValue lit) {
            add(new Traverser.Index(lit.value(), rng), rng);
        } else if (key instanceof Expression.Template t && t.isStringLiteral()) {
            add(new Traverser.Index(t.literalString(), rng), rng);
        } else {
            Expression coll = get();
            set(new Expression.Index(coll, key, rng, Range.span(fromRange(), rng)));
        }
    }

    /**
     * An attribute-only splat {@code .*} (marker over {@code marker}) followed by {@code steps}
     * ({@code .name} and {@code .0}, from {@code first} to {@code last}; none: {@code last} is the
     * marker's range): the expression so far becomes the splat's source.
     */
    void attributeSplat(Range marker, List<Traverser> steps, Range first, Range last) {
        Expression source = get();
        Expression.AnonSymbol item = new Expression.AnonSymbol(marker);
        Expression each = steps.isEmpty() ? item : new Expression.RelativeTraversal(item, steps, Range.span(first, last));
        set(new Expression.Splat(source, each, item, marker, Range.span(fromRange(), last)));
    }

    /** The expression so far. */
    Expression get() {
        if (steps != null) {
            done = relSource == null ? new Expression.ScopeTraversal(steps, range)
                : new Expression.RelativeTraversal(relSource, steps, range);
            steps = null;
            relSource = null;
        }
        return done;
    }

    /** Replaces the expression so far (by a splat, an index, a syntax error). */
    void set(Expression e) {
        steps = null;
        relSource = null;
        done = e;
    }

    /** The range of the term the chain started from (hclsyntax's {@code from.Range()}). */
    Range fromRange() {
        return from.range();
    }
}
