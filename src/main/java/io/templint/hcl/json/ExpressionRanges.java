package io.templint.hcl.json;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Expression.AnonSymbol;
import io.templint.hcl.Expression.BinaryOp;
import io.templint.hcl.Expression.Conditional;
import io.templint.hcl.Expression.For;
import io.templint.hcl.Expression.FunctionCall;
import io.templint.hcl.Expression.Index;
import io.templint.hcl.Expression.LiteralValue;
import io.templint.hcl.Expression.ObjectCons;
import io.templint.hcl.Expression.ObjectConsKey;
import io.templint.hcl.Expression.ObjectItem;
import io.templint.hcl.Expression.Parentheses;
import io.templint.hcl.Expression.RelativeTraversal;
import io.templint.hcl.Expression.ScopeTraversal;
import io.templint.hcl.Expression.Splat;
import io.templint.hcl.Expression.SyntaxError;
import io.templint.hcl.Expression.Template;
import io.templint.hcl.Expression.TemplateJoin;
import io.templint.hcl.Expression.TemplateWrap;
import io.templint.hcl.Expression.TupleCons;
import io.templint.hcl.Expression.UnaryOp;
import io.templint.hcl.Expressions;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Moves the ranges of an expression that was parsed from a string on its own (so its positions
 * start at line 1, column 1, byte 0) to where the string's content starts in the file. Like HCL's
 * JSON reader this is exact for strings without escapes and approximate after an escape, whose
 * source is longer than the character it stands for.
 *
 * <p>Rebuilds the tree without recursion, so arbitrarily deep expressions are safe.
 */
final class ExpressionRanges {

    private ExpressionRanges() { }

    /** A function that moves ranges starting at 1:1@0 to start at {@code base}. */
    static UnaryOperator<Range> shiftTo(Pos base) {
        return r -> r == null ? null : new Range(r.filename(), shift(r.start(), base), shift(r.end(), base));
    }

    private static Pos shift(Pos p, Pos base) {
        if (p.line() == 1) {
            return new Pos(base.line(), base.column() + p.column() - 1, base.byteOffset() + p.byteOffset());
        }
        return new Pos(base.line() + p.line() - 1, p.column(), base.byteOffset() + p.byteOffset());
    }

    /** {@code d} with its ranges moved. */
    static Diagnostic map(Diagnostic d, UnaryOperator<Range> f) {
        return new Diagnostic(d.severity(), d.summary(), d.detail(), f.apply(d.subject()), f.apply(d.context()));
    }

    /** {@code root} rebuilt with every range passed through {@code f}. */
    static Expression map(Expression root, UnaryOperator<Range> f) {
        Map<AnonSymbol, AnonSymbol> symbols = new IdentityHashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root));
        Expression result = null;
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (top.next < top.children.size()) {
                Expression child = top.children.get(top.next++);
                if (child == null) {
                    top.mapped.add(null);
                } else {
                    stack.push(new Frame(child));
                }
                continue;
            }
            stack.pop();
            Expression rebuilt = rebuild(top.node, top.mapped, f, symbols);
            if (stack.isEmpty()) {
                result = rebuilt;
            } else {
                stack.peek().mapped.add(rebuilt);
            }
        }
        return result;
    }

    private static final class Frame {
        final Expression node;
        final List<Expression> children;
        final List<Expression> mapped;
        int next;

        Frame(Expression node) {
            this.node = node;
            this.children = Expressions.children(node);
            this.mapped = new ArrayList<>(children.size());
        }
    }

    private static List<Traverser> traversers(List<Traverser> ts, UnaryOperator<Range> f) {
        List<Traverser> out = new ArrayList<>(ts.size());
        for (Traverser t : ts) {
            if (t instanceof Traverser.Root r) {
                out.add(new Traverser.Root(r.name(), f.apply(r.range())));
            } else if (t instanceof Traverser.Attr a) {
                out.add(new Traverser.Attr(a.name(), f.apply(a.range())));
            } else if (t instanceof Traverser.Index i) {
                out.add(new Traverser.Index(i.key(), f.apply(i.range())));
            }
        }
        return out;
    }

    /** Rebuilds {@code e} from its already mapped children {@code k} (in {@link Expressions#children} order). */
    private static Expression rebuild(Expression e, List<Expression> k, UnaryOperator<Range> f,
                                      Map<AnonSymbol, AnonSymbol> symbols) {
        if (e instanceof LiteralValue x) {
            return new LiteralValue(x.value(), f.apply(x.range()));
        } else if (e instanceof ScopeTraversal x) {
            return new ScopeTraversal(traversers(x.traversal(), f), f.apply(x.range()));
        } else if (e instanceof RelativeTraversal x) {
            return new RelativeTraversal(k.get(0), traversers(x.traversal(), f), f.apply(x.range()));
        } else if (e instanceof FunctionCall x) {
            return new FunctionCall(x.name(), f.apply(x.nameRange()), k, x.expandFinal(),
                f.apply(x.openParenRange()), f.apply(x.closeParenRange()), f.apply(x.range()));
        } else if (e instanceof Conditional x) {
            return new Conditional(k.get(0), k.get(1), k.get(2), f.apply(x.range()));
        } else if (e instanceof Index x) {
            return new Index(k.get(0), k.get(1), f.apply(x.bracketRange()), f.apply(x.range()));
        } else if (e instanceof TupleCons x) {
            return new TupleCons(k, f.apply(x.openRange()), f.apply(x.range()));
        } else if (e instanceof ObjectCons x) {
            List<ObjectItem> items = new ArrayList<>(k.size() / 2);
            for (int i = 0; i + 1 < k.size(); i += 2) {
                items.add(new ObjectItem(k.get(i), k.get(i + 1)));
            }
            return new ObjectCons(items, f.apply(x.openRange()), f.apply(x.range()));
        } else if (e instanceof ObjectConsKey x) {
            return new ObjectConsKey(k.get(0), x.forceNonLiteral(), f.apply(x.range()));
        } else if (e instanceof For x) {
            int i = 0;
            Expression collection = k.get(i++);
            Expression keyExpr = x.keyExpr() != null ? k.get(i++) : null;
            Expression valueExpr = k.get(i++);
            Expression condition = x.condition() != null ? k.get(i) : null;
            return new For(x.keyVar(), x.valueVar(), collection, keyExpr, valueExpr, condition, x.group(),
                f.apply(x.openRange()), f.apply(x.closeRange()), f.apply(x.range()));
        } else if (e instanceof Splat x) {
            AnonSymbol item = x.item() == null ? null : anon(x.item(), f, symbols);
            return new Splat(k.get(0), k.get(1), item, f.apply(x.markerRange()), f.apply(x.range()));
        } else if (e instanceof AnonSymbol x) {
            return anon(x, f, symbols);
        } else if (e instanceof BinaryOp x) {
            return new BinaryOp(x.op(), k.get(0), k.get(1), f.apply(x.range()));
        } else if (e instanceof UnaryOp x) {
            return new UnaryOp(x.op(), k.get(0), f.apply(x.symbolRange()), f.apply(x.range()));
        } else if (e instanceof Template x) {
            return new Template(k, f.apply(x.range()));
        } else if (e instanceof TemplateWrap x) {
            return new TemplateWrap(k.get(0), f.apply(x.range()));
        } else if (e instanceof TemplateJoin x) {
            return new TemplateJoin(k.get(0), f.apply(x.range()));
        } else if (e instanceof Parentheses x) {
            return new Parentheses(k.get(0), f.apply(x.range()));
        } else if (e instanceof SyntaxError x) {
            return new SyntaxError(f.apply(x.range()));
        }
        throw new IllegalStateException("unknown expression kind " + e.getClass());
    }

    /** The one mapped symbol per original, so a splat's item stays the node its body refers to. */
    private static AnonSymbol anon(AnonSymbol x, UnaryOperator<Range> f, Map<AnonSymbol, AnonSymbol> symbols) {
        return symbols.computeIfAbsent(x, s -> new AnonSymbol(f.apply(s.range())));
    }
}
