package io.templint.hcl;

/** The operators of HCL's native syntax, with their precedence (higher binds tighter). */
public enum Operator {
    OR("||", 1, "||"),
    AND("&&", 2, "&&"),
    EQUAL("==", 3, "=="),
    NOT_EQUAL("!=", 3, "!="),
    GREATER_THAN(">", 4, ">"),
    GREATER_THAN_OR_EQUAL(">=", 4, ">="),
    LESS_THAN("<", 4, "<"),
    LESS_THAN_OR_EQUAL("<=", 4, "<="),
    ADD("+", 5, "+"),
    SUBTRACT("-", 5, "-"),
    MULTIPLY("*", 6, "*"),
    DIVIDE("/", 6, "/"),
    MODULO("%", 6, "%"),
    /** Unary logical not. */
    NOT("!", 7, "!"),
    /** Unary arithmetic negation. */
    NEGATE("-", 7, "neg");

    private final String symbol;
    private final int precedence;
    private final String oracleName;

    Operator(String symbol, int precedence, String oracleName) {
        this.symbol = symbol;
        this.precedence = precedence;
        this.oracleName = oracleName;
    }

    /** The operator as written in source. */
    public String symbol() {
        return symbol;
    }

    /** Binding strength: 1 for {@code ||} up to 7 for the unary operators. */
    public int precedence() {
        return precedence;
    }

    /** A name that tells {@link #NEGATE} from {@link #SUBTRACT} ({@code "neg"}), otherwise the symbol. */
    public String oracleName() {
        return oracleName;
    }

    public boolean isUnary() {
        return this == NOT || this == NEGATE;
    }
}
