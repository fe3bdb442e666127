package io.templint.eval;

import io.templint.eval.functions.CallContext;
import io.templint.eval.functions.FunctionException;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Operator;
import io.templint.hcl.Range;
import io.templint.hcl.Traverser;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One evaluation run: walks an expression tree with the evaluator's scope, counting steps and
 * depth, collecting diagnostics. Not thread-safe; one instance per {@link Evaluator#evaluate} call.
 */
final class Interpreter implements CallContext {

    /** Unwinds the whole evaluation when a limit is hit; the diagnostic is already recorded. */
    static final class Abort extends RuntimeException {
        Abort() {
            super(null, null, false, false);
        }
    }

    /** Variables bound by {@code for} expressions, innermost first. */
    record Frame(String name, Value value, Frame parent) {
        Value lookup(String n) {
            for (Frame f = this; f != null; f = f.parent) {
                if (f.name.equals(n)) {
                    return f.value;
                }
            }
            return null;
        }
    }

    private final Evaluator evaluator;
    private final EvalLimits limits;
    private List<Diagnostic> diagnostics;
    private Scope scope;
    private Frame frame;
    private final Map<Expression.AnonSymbol, Value> splatItems = new IdentityHashMap<>();
    private long steps;
    private long producedChars;
    private long allocated;
    private final List<Diagnostic> reported;
    private int reportedErrors;
    private int allErrors;
    private int depth;
    private int templateDepth;
    private Range currentCall;
    /** The range of the expression being evaluated, for limit diagnostics. */
    private Range at;
    private final FunctionCalls calls = new FunctionCalls(this);
    private final Comprehensions comprehensions = new Comprehensions(this);

    Interpreter(Evaluator evaluator, List<Diagnostic> diagnostics) {
        this.evaluator = evaluator;
        this.limits = evaluator.limits();
        this.diagnostics = diagnostics;
        this.reported = diagnostics;
        this.scope = evaluator.scope();
    }

    /**
     * Evaluates {@code e}; never throws, except a stack overflow when {@code rethrowStackOverflow}
     * (the caller then retries on a bigger stack).
     */
    Value run(Expression e, boolean rethrowStackOverflow) {
        try {
            return eval(e);
        } catch (Abort a) {
            return Value.unknown("evaluation stopped at a limit");
        } catch (StackOverflowError so) {
            if (rethrowStackOverflow) {
                throw so;
            }
            error(EvalDiagnostics.EXPRESSION_TOO_COMPLEX, "The expression is nested too deeply to evaluate.", e.range());
            return Value.unknown("evaluation stopped at a limit");
        } catch (RuntimeException bug) {
            error("Internal error", "templint failed to evaluate this expression: " + bug, e.range());
            return Value.unknown("internal error");
        }
    }

    // ------------------------------------------------------------------ CallContext

    @Override
    public EvalLimits limits() {
        return limits;
    }

    @Override
    public FileAccess files() {
        return evaluator.files();
    }

    @Override
    public void step(long n) {
        steps += n;
        if (steps > limits.maxSteps()) {
            throw limitReached("Evaluating this expression takes more than " + limits.maxSteps()
                + " steps, the limit.", currentCall != null ? currentCall : at);
        }
        StepBudget budget = evaluator.budget();
        if (budget != null) {
            if (!budget.charge(n)) {
                throw limitReached(budget.used() > budget.max()
                    ? "Evaluating this template's values takes more than " + budget.max() + " steps in all, the limit."
                    : "The values of this template's evaluation would take more than " + budget.maxBytes()
                        + " bytes (estimated) in all, the limit.", currentCall != null ? currentCall : at);
            }
            if (budget.stopped()) {
                throw limitReached("The analysis was stopped: " + budget.cancellation().reason() + ".",
                    currentCall != null ? currentCall : at);
            }
        }
    }

    /** Estimated bytes of values handled per evaluation step ({@link #work}). */
    static final long BYTES_PER_STEP = Value.NODE_BYTES;

    @Override
    public void work(long bytes) {
        step(1 + Math.max(0, bytes) / BYTES_PER_STEP);
    }

    @Override
    public void allocate(long bytes) {
        allocated += bytes;
        if (allocated < 0) {
            allocated = Long.MAX_VALUE;
        }
        StepBudget budget = evaluator.budget();
        if (budget != null && !budget.allocate(bytes)) {
            throw limitReached("The values of this template's evaluation would take more than " + budget.maxBytes()
                + " bytes (estimated) in all, the limit.", currentCall != null ? currentCall : at);
        }
        if (allocated > limits.maxValueBytes()) {
            throw limitReached("The values this expression makes would take more than " + limits.maxValueBytes()
                + " bytes (estimated), the limit.", currentCall != null ? currentCall : at);
        }
    }

    @Override
    public RuntimeException limitReached(String detail) {
        return limitReached(detail, currentCall != null ? currentCall : at);
    }

    @Override
    public void produced(long chars) {
        producedChars += chars;
        long max = 4 * limits.maxStringLength();
        if (producedChars > max) {
            throw limitReached("The strings this expression produces would be longer than " + max
                + " characters in total, the limit.", currentCall != null ? currentCall : at);
        }
    }

    @Override
    public Value evaluateTemplate(Expression template, Map<String, Value> variables) throws FunctionException {
        if (templateDepth > 0) {
            throw new FunctionException("templates cannot call templatefile or templatestring recursively");
        }
        Scope savedScope = scope;
        Frame savedFrame = frame;
        List<Diagnostic> savedDiags = diagnostics;
        List<Diagnostic> inner = new ArrayList<>();
        scope = Scope.of(variables);
        frame = null;
        diagnostics = inner;
        templateDepth++;
        try {
            Value v = eval(template);
            for (Diagnostic d : inner) {
                if (d.isError()) {
                    throw new FunctionException(d.subject() + ": " + d.summary()
                        + (d.detail().isEmpty() ? "" : "; " + d.detail()));
                }
            }
            savedDiags.addAll(inner); // warnings, such as a file the template names but templint did not read
            return v;
        } finally {
            templateDepth--;
            scope = savedScope;
            frame = savedFrame;
            diagnostics = savedDiags;
        }
    }

    // ------------------------------------------------------------------ diagnostics

    /** The most errors one evaluation reports; past them it stops (a loop may fail per element). */
    static final int MAX_ERRORS = 100;
    /** The most errors one evaluation may produce, including those {@code try} and {@code can} absorb. */
    static final int MAX_ALL_ERRORS = 50_000;

    void error(String summary, String detail, Range where) {
        diagnostics.add(Diagnostic.error(summary, detail, where));
        countErrors(1);
    }

    /** Records a warning: the evaluation goes on and no error is counted. */
    void warning(String summary, String detail, Range where) {
        diagnostics.add(Diagnostic.warning(summary, detail, where));
    }

    /**
     * Counts new errors: those reported to the caller up to {@link #MAX_ERRORS}, all (also those
     * collected apart by {@link #evalInto} and perhaps absorbed) up to {@link #MAX_ALL_ERRORS}.
     */
    private void countErrors(int n) {
        allErrors += n;
        if (diagnostics == reported) {
            reportedErrors += n;
        }
        checkErrorLimits();
    }

    private void checkErrorLimits() {
        if (reportedErrors >= MAX_ERRORS || allErrors >= MAX_ALL_ERRORS) {
            int limit = allErrors >= MAX_ALL_ERRORS ? MAX_ALL_ERRORS : MAX_ERRORS;
            reportedErrors = Integer.MIN_VALUE;
            allErrors = Integer.MIN_VALUE;
            reported.add(Diagnostic.error("Too many errors", "Evaluation stopped after " + limit
                + " errors in this expression.", at));
            throw new Abort();
        }
    }

    /**
     * Adds diagnostics that were collected apart (by {@link #evalInto}) to the current list; their
     * errors now count as reported if that list is the caller's.
     */
    void report(List<Diagnostic> more) {
        diagnostics.addAll(more);
        if (diagnostics == reported) {
            reportedErrors += (int) more.stream().filter(Diagnostic::isError).count();
            checkErrorLimits();
        }
    }

    /** Records that a limit was reached; the caller throws the result to stop the evaluation. */
    Abort limitReached(String detail, Range where) {
        return abort(EvalDiagnostics.LIMIT_REACHED, detail, where);
    }

    /**
     * Records a limit error where the caller sees it, even inside {@code try}, {@code can} or a
     * {@code templatefile} template, which would otherwise collect it apart: the evaluation is
     * stopped as a whole, not the part they guard.
     */
    private Abort abort(String summary, String detail, Range where) {
        reported.add(Diagnostic.error(summary, detail, where));
        return new Abort();
    }

    /** Marks the function call being evaluated (for limit diagnostics); returns the previous one. */
    Range enterCall(Range call) {
        Range previous = currentCall;
        currentCall = call;
        return previous;
    }

    io.templint.eval.functions.Functions functions() {
        return evaluator.functions();
    }

    /** The variables bound by enclosing {@code for} expressions. */
    Frame bindings() {
        return frame;
    }

    /** Replaces the bound variables (callers restore the previous frame when done). */
    void bindings(Frame f) {
        frame = f;
    }

    /** Binds a splat's item placeholder to {@code v}; returns the previous binding or null. */
    Value bindSplatItem(Expression.AnonSymbol item, Value v) {
        return v == null ? splatItems.remove(item) : splatItems.put(item, v);
    }

    /** The value of an invalid expression, after its error was reported. */
    static Value invalid() {
        return Value.unknown("invalid expression");
    }

    /** Evaluates {@code e}, collecting its diagnostics into {@code sink} instead of reporting them. */
    Value evalInto(Expression e, List<Diagnostic> sink) {
        List<Diagnostic> saved = diagnostics;
        diagnostics = sink;
        try {
            return eval(e);
        } finally {
            diagnostics = saved;
        }
    }

    // ------------------------------------------------------------------ dispatch

    Value eval(Expression e) {
        at = e.range();
        step(1);
        if (++depth > limits.maxDepth()) {
            depth--;
            throw abort(EvalDiagnostics.EXPRESSION_TOO_COMPLEX, "The expression is nested more than " + limits.maxDepth()
                + " levels deep, the limit.", e.range());
        }
        try {
            Value v = dispatch(e);
            if (v.depth() > Value.MAX_DEPTH) {
                throw abort(EvalDiagnostics.VALUE_TOO_COMPLEX, "The value of this expression nests collections more than "
                    + Value.MAX_DEPTH + " levels deep, the limit.", e.range());
            }
            return v;
        } finally {
            depth--;
        }
    }

    private Value dispatch(Expression e) {
        if (e instanceof Expression.LiteralValue x) {
            return literal(x.value());
        } else if (e instanceof Expression.ScopeTraversal x) {
            return scopeTraversal(x);
        } else if (e instanceof Expression.RelativeTraversal x) {
            return applyTraversal(eval(x.source()), x.traversal());
        } else if (e instanceof Expression.FunctionCall x) {
            return calls.call(x);
        } else if (e instanceof Expression.Conditional x) {
            return conditional(x);
        } else if (e instanceof Expression.Index x) {
            Value coll = eval(x.collection());
            Value key = eval(x.key());
            Value v = Traversals.index(coll, key, x.bracketRange() != null ? x.bracketRange() : x.range(), diagnostics);
            return v == null ? invalid() : v;
        } else if (e instanceof Expression.TupleCons x) {
            return tupleCons(x);
        } else if (e instanceof Expression.ObjectCons x) {
            return objectCons(x);
        } else if (e instanceof Expression.ObjectConsKey x) {
            return objectKey(x);
        } else if (e instanceof Expression.For x) {
            return comprehensions.forExpr(x);
        } else if (e instanceof Expression.Splat x) {
            return comprehensions.splat(x);
        } else if (e instanceof Expression.AnonSymbol x) {
            Value v = splatItems.get(x);
            if (v == null) {
                error("Invalid splat item", "A splat item placeholder is used outside of its splat.", x.range());
                return invalid();
            }
            return v;
        } else if (e instanceof Expression.BinaryOp x) {
            return binary(x);
        } else if (e instanceof Expression.UnaryOp x) {
            try {
                return Operators.unary(x.op(), eval(x.operand()));
            } catch (Operators.OperatorException ex) {
                error(ex.summary(), ex.getMessage(), x.operand().range());
                return Value.unknown(x.op() == Operator.NOT ? Type.BOOL : Type.NUMBER, "invalid operand");
            }
        } else if (e instanceof Expression.Template x) {
            return template(x);
        } else if (e instanceof Expression.TemplateWrap x) {
            return eval(x.wrapped());
        } else if (e instanceof Expression.TemplateJoin x) {
            return templateJoin(x);
        } else if (e instanceof Expression.Parentheses x) {
            return eval(x.expression());
        } else {
            return Value.unknown("syntax error");
        }
    }

    private static Value literal(Object o) {
        if (o == null) {
            return Value.NULL;
        } else if (o instanceof String s) {
            return Value.string(s);
        } else if (o instanceof BigDecimal n) {
            return Value.number(n);
        } else {
            return Value.bool((Boolean) o);
        }
    }

    // ------------------------------------------------------------------ traversals

    private Value scopeTraversal(Expression.ScopeTraversal t) {
        String root = t.rootName();
        List<Traverser> rest = t.traversal().subList(1, t.traversal().size());
        Value bound = frame == null ? null : frame.lookup(root);
        if (bound != null) {
            return applyTraversal(bound, rest);
        }
        Scope.Resolution r = scope.resolve(root, rest, t.range());
        if (r == null) {
            error("Unknown variable", "There is no variable named \"" + root + "\".", t.traversal().get(0).range());
            return invalid();
        }
        diagnostics.addAll(r.diagnostics());
        countErrors((int) r.diagnostics().stream().filter(Diagnostic::isError).count());
        int consumed = Math.min(r.consumed(), rest.size());
        return applyTraversal(r.value(), rest.subList(consumed, rest.size()));
    }

    private Value applyTraversal(Value v, List<Traverser> steps) {
        for (Traverser t : steps) {
            step(1);
            if (t instanceof Traverser.Attr a) {
                v = Traversals.attribute(v, a.name(), a.range(), diagnostics);
            } else if (t instanceof Traverser.Index i) {
                v = Traversals.index(v, literal(i.key()), i.range(), diagnostics);
            }
            if (v == null) {
                return invalid();
            }
        }
        return v;
    }

    // ------------------------------------------------------------------ constructors

    private Value tupleCons(Expression.TupleCons x) {
        checkSize(x.items().size(), x.range());
        List<Value> out = new ArrayList<>(x.items().size());
        for (Expression item : x.items()) {
            out.add(eval(item));
        }
        allocate(Value.NODE_BYTES * (1L + out.size()));
        return Value.tuple(out);
    }

    /**
     * An object constructor key: a bare name or keyword ({@code null}, {@code true}) is its own
     * name, a bare multi-step traversal is ambiguous, anything else is evaluated.
     */
    private Value objectKey(Expression.ObjectConsKey x) {
        if (!x.forceNonLiteral()) {
            if (x.wrapped() instanceof Expression.ScopeTraversal t && t.traversal().size() > 1) {
                error("Ambiguous attribute key", "If this expression is intended to be a reference, wrap it in"
                    + " parentheses. If it's instead intended as a literal name containing periods, wrap it in quotes"
                    + " to create a string literal.", x.range());
                return invalid();
            }
            String bare = x.bareName();
            if (bare != null) {
                return Value.string(bare);
            }
            if (x.wrapped() instanceof Expression.LiteralValue l && !(l.value() instanceof String)
                    && !(l.value() instanceof BigDecimal)) {
                return Value.string(String.valueOf(l.value()));
            }
        }
        return eval(x.wrapped());
    }

    private Value objectCons(Expression.ObjectCons x) {
        checkSize(x.items().size(), x.range());
        Map<String, Value> out = new LinkedHashMap<>();
        Marks keyMarks = Marks.NONE;
        Value unknownKey = null;
        boolean failed = false;
        for (Expression.ObjectItem item : x.items()) {
            Value key = eval(item.key());
            Value val = eval(item.value());
            if (key.isNull()) {
                error("Null value as key", "Can't use a null value as a key.", item.key().range());
                failed = true;
                continue;
            }
            Value k;
            try {
                k = Convert.convert(key, Type.STRING);
            } catch (ConversionException e) {
                error("Incorrect key type", "Can't use this value as a key: " + e.getMessage() + ".", item.key().range());
                failed = true;
                continue;
            }
            if (k.isUnknown()) {
                unknownKey = k;
                continue;
            }
            keyMarks = keyMarks.union(k.marks());
            out.put(k.asString(), val);
        }
        if (failed) {
            return invalid();
        }
        if (unknownKey != null) {
            return Value.unknown(unknownKey.unknownReason()).mark(keyMarks);
        }
        allocate(Value.NODE_BYTES + Value.ENTRY_BYTES * out.size());
        return Value.object(out).mark(keyMarks);
    }

    // ------------------------------------------------------------------ conditional and operators

    /**
     * {@code c ? a : b} as HCL evaluates it: both results are evaluated and their types unified
     * ({@link Unify}), a literal {@code null} taking the other result's type and a dynamic result
     * leaving the type dynamic; types that do not unify are HCL's "Inconsistent conditional result
     * types" whatever the condition. A known condition reports only the chosen result's problems
     * and converts it to the unified type; an unknown one reports neither result's problems (HCL
     * drops them) and gives an unknown value of the unified type, or the one result both sides
     * agree on. The result is sensitive when the condition or either result is, as in HCL; its
     * origins are the condition's and the chosen result's (both results' when the condition is unknown).
     */
    private Value conditional(Expression.Conditional x) {
        List<Diagnostic> trueDiags = new ArrayList<>();
        List<Diagnostic> falseDiags = new ArrayList<>();
        Value t = evalInto(x.trueResult(), trueDiags);
        Value f = evalInto(x.falseResult(), falseDiags);
        work(t.weight() + f.weight()); // unified, compared and converted below
        Type unified;
        if (isDynamicNull(t)) {
            unified = f.type();
        } else if (isDynamicNull(f)) {
            unified = t.type();
        } else if (t.type() == Type.DYNAMIC || f.type() == Type.DYNAMIC) {
            unified = Type.DYNAMIC;
        } else {
            unified = Unify.unify(List.of(t.type(), f.type()));
        }
        if (unified == null) {
            error("Inconsistent conditional result types", "The true and false result expressions must have"
                + " consistent types. " + describeMismatch(t.type(), f.type()) + ".",
                Range.between(x.trueResult().range(), x.falseResult().range()));
            return invalid();
        }
        List<Diagnostic> condDiags = new ArrayList<>();
        Value cond = evalInto(x.condition(), condDiags);
        report(condDiags);
        if (cond.isNull()) {
            error("Null condition", "The condition value is null. Conditions must either be true or false.",
                x.condition().range());
            return Value.unknown(unified, "invalid condition");
        }
        if (cond.isUnknown()) {
            Marks marks = cond.marks().union(t.marks()).union(f.marks());
            if (t.isNull() && f.isNull()) {
                return Value.nullOf(unified).mark(marks);
            }
            if (t.isWhollyKnown() && f.isWhollyKnown() && t.unmark().sameContent(f.unmark())) {
                try {
                    return Convert.convert(t.unmark(), unified).mark(marks);
                } catch (ConversionException e) {
                    return Value.unknown(unified, cond.unknownReason()).mark(marks);
                }
            }
            return Value.unknown(unified, cond.unknownReason()).mark(marks);
        }
        Value c;
        try {
            c = Convert.convert(cond.unmark(), Type.BOOL);
        } catch (ConversionException e) {
            error("Incorrect condition type", "The condition expression must be of type bool.", x.condition().range());
            return Value.unknown(unified, "invalid condition");
        }
        boolean which = c.asBoolean();
        // HCL puts the marks of both results on the result: the other result's sensitivity too,
        // but the value derives only from the condition and the chosen result
        Marks other = (which ? f : t).marks();
        Marks marks = cond.marks().union((which ? t : f).marks())
            .union(new Marks(other.sensitiveSources(), other.sensitiveSources()));
        List<Diagnostic> chosenDiags = which ? trueDiags : falseDiags;
        report(chosenDiags);
        Value chosen = which ? t : f;
        if (chosenDiags.stream().anyMatch(Diagnostic::isError)) {
            return chosen.mark(marks);
        }
        try {
            return Convert.convert(chosen.unmark(), unified).mark(marks);
        } catch (ConversionException e) {
            error("Inconsistent conditional result types", "The " + (which ? "true" : "false")
                + " result value has the wrong type: " + e.getMessage() + ".",
                (which ? x.trueResult() : x.falseResult()).range());
            return Value.unknown(unified, "invalid conditional").mark(marks);
        }
    }

    /** A literal {@code null}: a null of the dynamic pseudo-type, which converts to any type. */
    private static boolean isDynamicNull(Value v) {
        return v.isNull() && v.type() == Type.DYNAMIC;
    }

    /**
     * Why two result types do not unify, in HCL's words: the first object attribute or tuple
     * element that differs, the element types of two collections of one kind, else both types.
     */
    static String describeMismatch(Type a, Type b) {
        if (a instanceof Type.ObjectType oa && b instanceof Type.ObjectType ob) {
            for (Map.Entry<String, Type> e : oa.attributes().entrySet()) {
                Type other = ob.attributes().get(e.getKey());
                if (other == null) {
                    return "The 'true' value includes object attribute \"" + e.getKey()
                        + "\", which is absent in the 'false' value";
                }
                if (!e.getValue().equals(other)) {
                    return "Type mismatch for object attribute \"" + e.getKey() + "\": "
                        + describeMismatch(e.getValue(), other);
                }
            }
            for (String name : ob.attributes().keySet()) {
                if (!oa.attributes().containsKey(name)) {
                    return "The 'false' value includes object attribute \"" + name
                        + "\", which is absent in the 'true' value";
                }
            }
        } else if (a instanceof Type.TupleType ta && b instanceof Type.TupleType tb) {
            if (ta.elements().size() != tb.elements().size()) {
                return "The 'true' tuple has length " + ta.elements().size() + ", but the 'false' tuple has length "
                    + tb.elements().size();
            }
            for (int i = 0; i < ta.elements().size(); i++) {
                if (!ta.elements().get(i).equals(tb.elements().get(i))) {
                    return "Type mismatch for tuple element " + i + ": "
                        + describeMismatch(ta.elements().get(i), tb.elements().get(i));
                }
            }
        } else if (a.isCollection() && b.isCollection() && a.getClass() == b.getClass()) {
            Type ea = a.elementType();
            Type eb = b.elementType();
            if (ea instanceof Type.ObjectType && eb instanceof Type.ObjectType
                    || ea instanceof Type.TupleType && eb instanceof Type.TupleType) {
                String noun = a instanceof Type.ListType ? "list" : a instanceof Type.SetType ? "set" : "map";
                return "Mismatched " + noun + " element types: " + describeMismatch(ea, eb);
            }
        }
        if (a.friendlyName().equals(b.friendlyName())) {
            return "At least one deeply-nested attribute or element is not compatible across both the 'true' and"
                + " the 'false' value";
        }
        return "The 'true' value is " + a.friendlyName() + ", but the 'false' value is " + b.friendlyName();
    }

    private Value binary(Expression.BinaryOp x) {
        if (x.op() == Operator.AND || x.op() == Operator.OR) {
            return logical(x);
        }
        Value lhs = eval(x.lhs());
        Value rhs = eval(x.rhs());
        return applyBinary(x, lhs, rhs);
    }

    private Value applyBinary(Expression.BinaryOp x, Value lhs, Value rhs) {
        if (x.op() == Operator.EQUAL || x.op() == Operator.NOT_EQUAL) {
            work(Math.min(lhs.weight(), rhs.weight())); // compares content up to the smaller side
        }
        try {
            return Operators.binary(x.op(), lhs, rhs);
        } catch (Operators.OperatorException ex) {
            Range where = ex.operand() == 0 ? x.lhs().range() : ex.operand() == 1 ? x.rhs().range() : x.range();
            error(ex.summary(), ex.getMessage(), where);
            return Value.unknown(resultType(x.op()), "invalid operand");
        }
    }

    private static Type resultType(Operator op) {
        return switch (op) {
            case ADD, SUBTRACT, MULTIPLY, DIVIDE, MODULO, NEGATE -> Type.NUMBER;
            default -> Type.BOOL;
        };
    }

    /** {@code &&} and {@code ||}: a known deciding operand wins and the other side's errors are dropped. */
    private Value logical(Expression.BinaryOp x) {
        boolean and = x.op() == Operator.AND;
        List<Diagnostic> left = new ArrayList<>();
        List<Diagnostic> right = new ArrayList<>();
        Value lhs = evalInto(x.lhs(), left);
        Value rhs = evalInto(x.rhs(), right);
        if (decides(lhs, and) && left.stream().noneMatch(Diagnostic::isError)) {
            report(left);
            return Value.bool(!and).mark(lhs.deepMarks());
        }
        if (decides(rhs, and) && right.stream().noneMatch(Diagnostic::isError)) {
            report(right);
            return Value.bool(!and).mark(rhs.deepMarks());
        }
        report(left);
        report(right);
        if (left.stream().anyMatch(Diagnostic::isError) || right.stream().anyMatch(Diagnostic::isError)) {
            return Value.unknown(Type.BOOL, "invalid operand");
        }
        return applyBinary(x, lhs, rhs);
    }

    private static boolean decides(Value v, boolean and) {
        return v.isKnownNonNull() && v.type() == Type.BOOL && v.asBoolean() != and;
    }

    // ------------------------------------------------------------------ templates

    private Value template(Expression.Template x) {
        StringBuilder sb = new StringBuilder();
        Marks marks = Marks.NONE;
        Value unknown = null;
        boolean failed = false;
        for (Expression part : x.parts()) {
            Value v = eval(part);
            marks = marks.union(v.deepMarks());
            if (v.isUnknown()) {
                unknown = unknown == null ? v : unknown;
                continue;
            }
            String s = interpolate(v, part.range());
            if (s == null) {
                failed = true;
            } else if (unknown == null && !failed) {
                appendLimited(sb, s, x.range());
            }
        }
        if (failed) {
            return Value.unknown(Type.STRING, "invalid template").mark(marks);
        }
        if (unknown != null) {
            return Value.unknown(Type.STRING, unknown.unknownReason()).mark(marks);
        }
        produced(sb.length());
        allocate(Value.NODE_BYTES + sb.length());
        return Value.string(sb.toString()).mark(marks);
    }

    /** The string a template part contributes; null for unknown values and after reporting an error. */
    private String interpolate(Value v, Range where) {
        if (v.isUnknown()) {
            return null;
        }
        if (v.isNull()) {
            error("Invalid template interpolation value", "The expression result is null. Cannot include a null value"
                + " in a string template.", where);
            return null;
        }
        try {
            Value s = Convert.convert(v.unmarkDeep(), Type.STRING);
            return s.isUnknown() ? null : s.asString();
        } catch (ConversionException e) {
            error("Invalid template interpolation value", "Cannot include the given value in a string template: "
                + e.getMessage() + ".", where);
            return null;
        }
    }

    private void appendLimited(StringBuilder sb, String s, Range where) {
        if ((long) sb.length() + s.length() > limits.maxStringLength()) {
            throw limitReached("The string would be longer than " + limits.maxStringLength()
                + " characters, the limit.", where);
        }
        step(1 + s.length() / 1024);
        sb.append(s);
    }

    private Value templateJoin(Expression.TemplateJoin x) {
        Value tuple = eval(x.tuple());
        if (tuple.isUnknown()) {
            return Value.unknown(Type.STRING, tuple.unknownReason()).mark(tuple.deepMarks());
        }
        if (!tuple.isSequence()) {
            error("Invalid template join", "A %{for} directive must produce a sequence of strings.", x.range());
            return invalid();
        }
        StringBuilder sb = new StringBuilder();
        Marks marks = tuple.deepMarks();
        Value unknown = null;
        for (Value v : tuple.elements()) {
            String s = interpolate(v, x.range());
            if (s == null) {
                if (!v.isUnknown()) {
                    return Value.unknown(Type.STRING, "invalid template").mark(marks);
                }
                unknown = unknown == null ? v : unknown;
            } else if (unknown == null) {
                appendLimited(sb, s, x.range());
            }
        }
        if (unknown != null) {
            return Value.unknown(Type.STRING, unknown.unknownReason()).mark(marks);
        }
        produced(sb.length());
        allocate(Value.NODE_BYTES + sb.length());
        return Value.string(sb.toString()).mark(marks);
    }

    // ------------------------------------------------------------------ for and splat

    void checkSize(long size, Range where) {
        if (size > limits.maxCollectionSize()) {
            throw limitReached("The collection would have more than " + limits.maxCollectionSize()
                + " elements, the limit.", where);
        }
    }
}
