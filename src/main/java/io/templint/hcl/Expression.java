package io.templint.hcl;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An expression of HCL's native syntax. The kinds mirror HashiCorp's {@code hclsyntax} node types,
 * so that trees can be compared with the reference parser's.
 *
 * <p>All nodes are immutable. Child lists are unmodifiable. Use {@link Expressions} to walk a tree
 * without recursion.
 */
public sealed interface Expression extends Node {

    /**
     * A literal value: {@link String}, {@link BigDecimal} (exactly as written), {@link Boolean},
     * or {@code null}.
     */
    record LiteralValue(Object value, Range range) implements Expression {
        public LiteralValue {
            if (value != null && !(value instanceof String) && !(value instanceof BigDecimal)
                    && !(value instanceof Boolean)) {
                throw new IllegalArgumentException("not a literal: " + value.getClass());
            }
        }
    }

    /** A traversal from a named root: {@code var.x}, {@code coder_app.main.id}, {@code a[0].b}. */
    record ScopeTraversal(List<Traverser> traversal, Range range) implements Expression {
        public ScopeTraversal {
            traversal = List.copyOf(traversal);
            if (traversal.isEmpty() || !(traversal.get(0) instanceof Traverser.Root)) {
                throw new IllegalArgumentException("a scope traversal starts with a root");
            }
        }

        /** The root name. */
        public String rootName() {
            return ((Traverser.Root) traversal.get(0)).name();
        }
    }

    /** A traversal applied to the result of another expression: {@code f(x).a[0]}. */
    record RelativeTraversal(Expression source, List<Traverser> traversal, Range range) implements Expression {
        public RelativeTraversal {
            Objects.requireNonNull(source, "source");
            traversal = List.copyOf(traversal);
        }
    }

    /**
     * A function call; {@code name} may be namespaced ({@code provider::aws::arn_parse}).
     *
     * @param expandFinal whether the last argument is followed by {@code ...}
     */
    record FunctionCall(String name, Range nameRange, List<Expression> args, boolean expandFinal,
                        Range openParenRange, Range closeParenRange, Range range) implements Expression {
        public FunctionCall {
            Objects.requireNonNull(name, "name");
            args = List.copyOf(args);
        }
    }

    /** {@code condition ? trueResult : falseResult}. */
    record Conditional(Expression condition, Expression trueResult, Expression falseResult, Range range)
            implements Expression { }

    /** {@code collection[key]} where the key is not a literal (literal keys fold into traversals). */
    record Index(Expression collection, Expression key, Range bracketRange, Range range) implements Expression { }

    /** {@code [a, b, c]}. */
    record TupleCons(List<Expression> items, Range openRange, Range range) implements Expression {
        public TupleCons {
            items = List.copyOf(items);
        }
    }

    /** One {@code key = value} item of an object constructor. */
    record ObjectItem(Expression key, Expression value) {
        public ObjectItem {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** <code>{ key = value, ... }</code>. */
    record ObjectCons(List<ObjectItem> items, Range openRange, Range range) implements Expression {
        public ObjectCons {
            items = List.copyOf(items);
        }
    }

    /**
     * The key of an object constructor item. A bare identifier key is a traversal here, taken as
     * its name unless {@code forceNonLiteral} (the key was parenthesised).
     */
    record ObjectConsKey(Expression wrapped, boolean forceNonLiteral, Range range) implements Expression {
        /** The literal key name for a bare identifier key, or null when the key is an expression. */
        public String bareName() {
            if (!forceNonLiteral && wrapped instanceof ScopeTraversal t && t.traversal().size() == 1) {
                return t.rootName();
            }
            return null;
        }
    }

    /**
     * {@code [for k, v in coll : v if cond]} or <code>{for k, v in coll : k => v... if cond}</code>.
     *
     * @param keyVar   the key variable name, or null when only a value variable is given
     * @param keyExpr  for an object {@code for}, the key expression; null for a tuple {@code for}
     * @param condition the {@code if} filter, or null
     * @param group    whether the value is followed by {@code ...} (grouping mode)
     */
    record For(String keyVar, String valueVar, Expression collection, Expression keyExpr,
               Expression valueExpr, Expression condition, boolean group,
               Range openRange, Range closeRange, Range range) implements Expression {
        /** Whether this {@code for} builds an object. */
        public boolean isObject() {
            return keyExpr != null;
        }
    }

    /**
     * A splat {@code source.*.each} or {@code source[*].each}: {@code each} is evaluated for every
     * element with {@code item} standing for the element.
     */
    record Splat(Expression source, Expression each, AnonSymbol item, Range markerRange, Range range)
            implements Expression { }

    /** The element placeholder inside a {@link Splat}'s {@code each} expression. */
    record AnonSymbol(Range range) implements Expression { }

    /** {@code lhs op rhs}. */
    record BinaryOp(Operator op, Expression lhs, Expression rhs, Range range) implements Expression {
        public BinaryOp {
            if (op.isUnary()) {
                throw new IllegalArgumentException(op + " is unary");
            }
        }
    }

    /** {@code !x} or {@code -x}. */
    record UnaryOp(Operator op, Expression operand, Range symbolRange, Range range) implements Expression {
        public UnaryOp {
            if (!op.isUnary()) {
                throw new IllegalArgumentException(op + " is binary");
            }
        }
    }

    /**
     * A template: literal strings and interpolations concatenated. {@code %{if}} directives appear as
     * {@link Conditional} parts, {@code %{for}} directives as {@link TemplateJoin} parts.
     */
    record Template(List<Expression> parts, Range range) implements Expression {
        public Template {
            parts = List.copyOf(parts);
        }

        /** Whether this template is a plain string with no interpolation or directive. */
        public boolean isStringLiteral() {
            return parts.size() == 1 && parts.get(0) instanceof LiteralValue l && l.value() instanceof String
                    || parts.isEmpty();
        }

        /** The string for {@link #isStringLiteral()} templates, else null. */
        public String literalString() {
            if (parts.isEmpty()) {
                return "";
            }
            return isStringLiteral() ? (String) ((LiteralValue) parts.get(0)).value() : null;
        }
    }

    /** A template that is exactly one interpolation, {@code "${x}"}: its value is {@code x}'s, unconverted. */
    record TemplateWrap(Expression wrapped, Range range) implements Expression { }

    /** A {@code %{for}} directive: the joined string of a tuple (a {@link For}) of template results. */
    record TemplateJoin(Expression tuple, Range range) implements Expression { }

    /** {@code (e)}. */
    record Parentheses(Expression expression, Range range) implements Expression { }

    /** Where the parser could not read an expression; a diagnostic was reported for it. */
    record SyntaxError(Range range) implements Expression { }
}
