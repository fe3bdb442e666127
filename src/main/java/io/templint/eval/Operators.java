package io.templint.eval;

import io.templint.hcl.Operator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Terraform's operators on values (HCL's {@code hclsyntax} operator semantics over cty values).
 * Operands are converted as HCL converts them; unknown operands give unknown results; marks of both
 * operands go onto the result. {@code &&} and {@code ||} short-circuiting is the evaluator's job.
 */
final class Operators {

    private Operators() { }

    /** An operator failed; {@code operand} is 0 (left/only), 1 (right) or -1 (the operation). */
    public static final class OperatorException extends Exception {
        private final int operand;
        private final String summary;

        OperatorException(int operand, String summary, String message) {
            super(message, null, false, false);
            this.operand = operand;
            this.summary = summary;
        }

        public int operand() {
            return operand;
        }

        public String summary() {
            return summary;
        }
    }

    /** Applies a binary operator. */
    public static Value binary(Operator op, Value lhs, Value rhs) throws OperatorException {
        Marks marks = lhs.deepMarks().union(rhs.deepMarks());
        return switch (op) {
            case EQUAL -> equal(lhs, rhs, false).mark(marks);
            case NOT_EQUAL -> equal(lhs, rhs, true).mark(marks);
            case AND, OR -> logical(op, lhs, rhs).mark(marks);
            default -> arithmetic(op, lhs, rhs).mark(marks);
        };
    }

    /** Applies {@code !} or unary {@code -}. */
    public static Value unary(Operator op, Value operand) throws OperatorException {
        Marks marks = operand.deepMarks();
        if (op == Operator.NOT) {
            Value b = operand(operand, Type.BOOL, 0, "");
            if (b.isUnknown()) {
                return Value.unknown(Type.BOOL, b.unknownReason()).mark(marks);
            }
            return Value.bool(!b.asBoolean()).mark(marks);
        }
        Value n = operand(operand, Type.NUMBER, 0, "");
        if (n.isUnknown()) {
            return Value.unknown(Type.NUMBER, n.unknownReason()).mark(marks);
        }
        return Value.number(n.asNumber().negate()).mark(marks);
    }

    private static Value operand(Value v, Type want, int index, String side) throws OperatorException {
        String which = side.isEmpty() ? "operand" : side + " operand";
        if (v.isNull()) {
            throw new OperatorException(index, "Invalid operand", "Unsuitable value for " + which
                + ": a " + want.friendlyName() + " is required, but the value is null.");
        }
        try {
            return Convert.convert(v.unmarkDeep(), want);
        } catch (ConversionException e) {
            throw new OperatorException(index, "Invalid operand", "Unsuitable value for " + which + ": "
                + e.getMessage() + ".");
        }
    }

    private static Value arithmetic(Operator op, Value lhs, Value rhs) throws OperatorException {
        Value a = operand(lhs, Type.NUMBER, 0, "left");
        Value b = operand(rhs, Type.NUMBER, 1, "right");
        boolean comparison = op == Operator.LESS_THAN || op == Operator.LESS_THAN_OR_EQUAL
            || op == Operator.GREATER_THAN || op == Operator.GREATER_THAN_OR_EQUAL;
        Type resultType = comparison ? Type.BOOL : Type.NUMBER;
        if (a.isUnknown() || b.isUnknown()) {
            return Value.unknown(resultType, (a.isUnknown() ? a : b).unknownReason());
        }
        BigDecimal x = a.asNumber();
        BigDecimal y = b.asNumber();
        try {
            return switch (op) {
                case ADD -> Value.number(x.add(y, Numbers.ARITH));
                case SUBTRACT -> Value.number(x.subtract(y, Numbers.ARITH));
                case MULTIPLY -> Value.number(x.multiply(y, Numbers.ARITH));
                case DIVIDE -> {
                    if (y.signum() == 0) {
                        throw new OperatorException(-1, "Operation failed",
                            "Error during operation: can't divide by zero.");
                    }
                    yield Value.number(x.divide(y, Numbers.DIVISION));
                }
                case MODULO -> {
                    if (y.signum() == 0) {
                        throw new OperatorException(-1, "Operation failed",
                            "Error during operation: can't use modulo by zero.");
                    }
                    yield Value.number(x.remainder(y, Numbers.ARITH));
                }
                case LESS_THAN -> Value.bool(x.compareTo(y) < 0);
                case LESS_THAN_OR_EQUAL -> Value.bool(x.compareTo(y) <= 0);
                case GREATER_THAN -> Value.bool(x.compareTo(y) > 0);
                case GREATER_THAN_OR_EQUAL -> Value.bool(x.compareTo(y) >= 0);
                default -> throw new IllegalArgumentException(op.toString());
            };
        } catch (ArithmeticException e) {
            throw new OperatorException(-1, "Operation failed", "Error during operation: " + e.getMessage() + ".");
        }
    }

    private static Value logical(Operator op, Value lhs, Value rhs) throws OperatorException {
        Value a = operand(lhs, Type.BOOL, 0, "left");
        Value b = operand(rhs, Type.BOOL, 1, "right");
        boolean and = op == Operator.AND;
        // a known deciding operand decides, whatever the other one is
        if (a.isKnown() && a.asBoolean() != and) {
            return a;
        }
        if (b.isKnown() && b.asBoolean() != and) {
            return b;
        }
        if (a.isUnknown() || b.isUnknown()) {
            return Value.unknown(Type.BOOL, (a.isUnknown() ? a : b).unknownReason());
        }
        return Value.bool(and);
    }

    /** cty equality: unknown if either side has unknowns, types must match, nulls equal only nulls. */
    static Value equal(Value lhs, Value rhs, boolean negate) {
        Value u = lhs.firstUnknown() != null ? lhs.firstUnknown() : rhs.firstUnknown();
        if (u != null) {
            // a null compared with a value of known nullness is still decidable
            if (lhs.isNull() != rhs.isNull() && lhs.isKnown() && rhs.isKnown()) {
                return Value.bool(negate);
            }
            return Value.unknown(Type.BOOL, u.unknownReason());
        }
        boolean eq = equalKnown(lhs, rhs);
        return Value.bool(eq != negate);
    }

    private static boolean equalKnown(Value a, Value b) {
        if (a.isNull() || b.isNull()) {
            return a.isNull() && b.isNull();
        }
        if (!a.type().equals(b.type())) {
            return false;
        }
        Object x = a.content();
        Object y = b.content();
        if (x instanceof BigDecimal p && y instanceof BigDecimal q) {
            return p.compareTo(q) == 0;
        }
        if (x instanceof List<?> l && y instanceof List<?> m) {
            if (l.size() != m.size()) {
                return false;
            }
            for (int i = 0; i < l.size(); i++) {
                if (!equalKnown((Value) l.get(i), (Value) m.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof Map<?, ?> l && y instanceof Map<?, ?> m) {
            if (!l.keySet().equals(m.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : l.entrySet()) {
                if (!equalKnown((Value) e.getValue(), (Value) m.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return x.equals(y);
    }
}
