package io.templint.eval;

import io.templint.eval.functions.CallContext;
import io.templint.eval.functions.Function;
import io.templint.eval.functions.FunctionException;
import io.templint.eval.functions.Param;
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
    private static final class Abort extends RuntimeException {
        Abort() {
            super(null, null, false, false);
        }
    }

    /** Variables bound by {@code for} expressions, innermost first. */
    private record Frame(String name, Value value, Frame parent) {
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
    private int depth;
    private int templateDepth;
    private Range currentCall;

    Interpreter(Evaluator evaluator, List<Diagnostic> diagnostics) {
        this.evaluator = evaluator;
        this.limits = evaluator.limits();
        this.diagnostics = diagnostics;
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
            error("Expression too complex", "The expression is nested too deeply to evaluate.", e.range());
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
            error("Evaluation limit reached", "Evaluating this expression takes more than " + limits.maxSteps()
                + " steps, the limit.", currentCall);
            throw new Abort();
        }
    }

    @Override
    public Value evaluateTemplate(Expression template, Map<String, Value> variables) throws FunctionException {
        if (templateDepth > 0) {
            throw new FunctionException("cannot recursively call templatefile from inside templatefile");
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
            return v;
        } finally {
            templateDepth--;
            scope = savedScope;
            frame = savedFrame;
            diagnostics = savedDiags;
        }
    }

    // ------------------------------------------------------------------ diagnostics

    private void error(String summary, String detail, Range where) {
        diagnostics.add(Diagnostic.error(summary, detail, where));
    }

    private static Value invalid() {
        return Value.unknown("invalid expression");
    }

    // ------------------------------------------------------------------ dispatch

    Value eval(Expression e) {
        step(1);
        if (++depth > limits.maxDepth()) {
            depth--;
            error("Expression too complex", "The expression is nested more than " + limits.maxDepth()
                + " levels deep, the limit.", e.range());
            throw new Abort();
        }
        try {
            return dispatch(e);
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
            return functionCall(x);
        } else if (e instanceof Expression.Conditional x) {
            return conditional(x);
        } else if (e instanceof Expression.Index x) {
            Value coll = eval(x.collection());
            Value key = eval(x.key());
            Value v = index(coll, key, x.bracketRange() != null ? x.bracketRange() : x.range());
            return v == null ? invalid() : v;
        } else if (e instanceof Expression.TupleCons x) {
            return tupleCons(x);
        } else if (e instanceof Expression.ObjectCons x) {
            return objectCons(x);
        } else if (e instanceof Expression.ObjectConsKey x) {
            String bare = x.bareName();
            return bare != null ? Value.string(bare) : eval(x.wrapped());
        } else if (e instanceof Expression.For x) {
            return forExpr(x);
        } else if (e instanceof Expression.Splat x) {
            return splat(x);
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
        int consumed = Math.min(r.consumed(), rest.size());
        return applyTraversal(r.value(), rest.subList(consumed, rest.size()));
    }

    private Value applyTraversal(Value v, List<Traverser> steps) {
        for (Traverser t : steps) {
            step(1);
            if (t instanceof Traverser.Attr a) {
                v = attribute(v, a.name(), a.range());
            } else if (t instanceof Traverser.Index i) {
                v = index(v, literal(i.key()), i.range());
            }
            if (v == null) {
                return invalid();
            }
        }
        return v;
    }

    /** {@code v.name}; null after reporting an error. */
    private Value attribute(Value v, String name, Range where) {
        Type t = v.type();
        if (v.isNull()) {
            error("Attempt to get attribute from null value", "This value is null, so it does not have any attributes.",
                where);
            return null;
        }
        if (t instanceof Type.ObjectType o) {
            if (!o.attributes().containsKey(name)) {
                error("Unsupported attribute", "This object does not have an attribute named \"" + name + "\".", where);
                return null;
            }
            if (v.isUnknown()) {
                return Value.unknown(o.attributes().get(name), v.unknownReason()).mark(v.marks());
            }
            return v.attributes().get(name).mark(v.marks());
        }
        if (t instanceof Type.MapType m) {
            if (v.isUnknown()) {
                return Value.unknown(m.element(), v.unknownReason()).mark(v.marks());
            }
            Value e = v.attributes().get(name);
            if (e == null) {
                error("Missing map element", "This map does not have an element with the key \"" + name + "\".", where);
                return null;
            }
            return e.mark(v.marks());
        }
        if (t == Type.DYNAMIC && v.isUnknown()) {
            return Value.unknown(v.unknownReason()).mark(v.marks());
        }
        if (t instanceof Type.ListType || t instanceof Type.SetType || t instanceof Type.TupleType) {
            error("Unsupported attribute", "Can't access attributes on a " + t.friendlyName()
                + ". Did you mean to access an attribute for a specific element of the list, or across all"
                + " elements of the list?", where);
            return null;
        }
        error("Unsupported attribute", "Can't access attributes on a primitive-typed value (" + t.friendlyName() + ").",
            where);
        return null;
    }

    /** {@code coll[key]}; null after reporting an error. */
    private Value index(Value coll, Value key, Range where) {
        Marks marks = coll.marks().union(key.marks());
        if (key.isNull()) {
            error("Invalid index", "Can't use a null value as an indexing key.", where);
            return null;
        }
        if (coll.isNull()) {
            error("Attempt to index null value", "This value is null, so it does not have any indices.", where);
            return null;
        }
        Type t = coll.type();
        if (t instanceof Type.SetType) {
            error("Invalid index", "Elements of a set are identified only by their value and don't have any separate"
                + " index or key to select with, so it's only possible to perform operations across all elements"
                + " of the set.", where);
            return null;
        }
        boolean sequence = t instanceof Type.ListType || t instanceof Type.TupleType;
        boolean mapping = t instanceof Type.MapType || t instanceof Type.ObjectType;
        if (!sequence && !mapping && t != Type.DYNAMIC) {
            error("Invalid index", "This value does not have any indices.", where);
            return null;
        }
        Value k;
        try {
            k = Convert.convert(key.unmark(), sequence ? Type.NUMBER : mapping ? Type.STRING : Type.DYNAMIC);
        } catch (ConversionException e) {
            error("Invalid index", "The given key does not identify an element in this collection value: "
                + e.getMessage() + ".", where);
            return null;
        }
        if (coll.isUnknown() || k.isUnknown()) {
            Type et = t.elementType() != null ? t.elementType() : Type.DYNAMIC;
            if (t instanceof Type.ObjectType o && k.isKnown()) {
                Type at = o.attributes().get(k.asString());
                if (at == null) {
                    error("Invalid index", "The given key does not identify an element in this collection value.",
                        where);
                    return null;
                }
                et = at;
            } else if (t instanceof Type.TupleType tt && k.isKnown()) {
                Integer i = Numbers.intValue(k.asNumber());
                if (i == null || i < 0 || i >= tt.elements().size()) {
                    error("Invalid index", "The given key does not identify an element in this collection value.",
                        where);
                    return null;
                }
                et = tt.elements().get(i);
            }
            return Value.unknown(et, (coll.isUnknown() ? coll : k).unknownReason()).mark(marks);
        }
        if (sequence) {
            Integer i = Numbers.intValue(k.asNumber());
            List<Value> elems = coll.elements();
            if (i == null || i < 0 || i >= elems.size()) {
                String detail = i != null && i < 0
                    ? "The given key does not identify an element in this collection value: a negative number is"
                        + " not a valid index for a sequence."
                    : "The given key does not identify an element in this collection value.";
                error("Invalid index", detail, where);
                return null;
            }
            return elems.get(i).mark(marks);
        }
        Value e = coll.attributes().get(k.asString());
        if (e == null) {
            error("Invalid index", "The given key does not identify an element in this collection value.", where);
            return null;
        }
        return e.mark(marks);
    }

    // ------------------------------------------------------------------ constructors

    private Value tupleCons(Expression.TupleCons x) {
        checkSize(x.items().size(), x.range());
        List<Value> out = new ArrayList<>(x.items().size());
        for (Expression item : x.items()) {
            out.add(eval(item));
        }
        return Value.tuple(out);
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
        return Value.object(out).mark(keyMarks);
    }

    // ------------------------------------------------------------------ conditional and operators

    private Value conditional(Expression.Conditional x) {
        Value cond = eval(x.condition());
        List<Diagnostic> saved = diagnostics;
        List<Diagnostic> trueDiags = new ArrayList<>();
        List<Diagnostic> falseDiags = new ArrayList<>();
        Value t;
        Value f;
        diagnostics = trueDiags;
        try {
            t = eval(x.trueResult());
            diagnostics = falseDiags;
            f = eval(x.falseResult());
        } finally {
            diagnostics = saved;
        }
        Type unified = Convert.unify(List.of(t.type(), f.type()));
        if (unified == null) {
            diagnostics.addAll(trueDiags);
            diagnostics.addAll(falseDiags);
            error("Inconsistent conditional result types", "The true and false result expressions must have"
                + " consistent types. The 'true' value is " + t.type().friendlyName() + ", but the 'false' value is "
                + f.type().friendlyName() + ".", x.range());
            return invalid();
        }
        if (cond.isNull()) {
            error("Null condition", "The condition value is null. Conditions must either be true or false.",
                x.condition().range());
            return Value.unknown(unified, "invalid condition");
        }
        Value c;
        try {
            c = Convert.convert(cond, Type.BOOL);
        } catch (ConversionException e) {
            error("Incorrect condition type", "The condition expression must be of type bool.", x.condition().range());
            return Value.unknown(unified, "invalid condition");
        }
        if (c.isUnknown()) {
            diagnostics.addAll(trueDiags);
            diagnostics.addAll(falseDiags);
            if (t.isWhollyKnown() && f.isWhollyKnown() && t.sameContent(f)) {
                return t.mark(c.marks());
            }
            return Value.unknown(unified, c.unknownReason()).mark(c.marks());
        }
        boolean which = c.asBoolean();
        diagnostics.addAll(which ? trueDiags : falseDiags);
        Value chosen = which ? t : f;
        if ((which ? trueDiags : falseDiags).stream().anyMatch(Diagnostic::isError)) {
            return chosen.mark(c.marks());
        }
        try {
            return Convert.convert(chosen, unified).mark(c.marks());
        } catch (ConversionException e) {
            error("Inconsistent conditional result types", "The " + (which ? "true" : "false")
                + " result value is not compatible with the other result: " + e.getMessage() + ".", x.range());
            return Value.unknown(unified, "invalid conditional");
        }
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
        List<Diagnostic> saved = diagnostics;
        List<Diagnostic> left = new ArrayList<>();
        List<Diagnostic> right = new ArrayList<>();
        Value lhs;
        Value rhs;
        try {
            diagnostics = left;
            lhs = eval(x.lhs());
            diagnostics = right;
            rhs = eval(x.rhs());
        } finally {
            diagnostics = saved;
        }
        if (decides(lhs, and) && left.stream().noneMatch(Diagnostic::isError)) {
            diagnostics.addAll(left);
            return Value.bool(!and).mark(lhs.deepMarks());
        }
        if (decides(rhs, and) && right.stream().noneMatch(Diagnostic::isError)) {
            diagnostics.addAll(right);
            return Value.bool(!and).mark(rhs.deepMarks());
        }
        diagnostics.addAll(left);
        diagnostics.addAll(right);
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
            error("Evaluation limit reached", "The string would be longer than " + limits.maxStringLength()
                + " characters, the limit.", where);
            throw new Abort();
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
        return Value.string(sb.toString()).mark(marks);
    }

    // ------------------------------------------------------------------ for and splat

    private void checkSize(long size, Range where) {
        if (size > limits.maxCollectionSize()) {
            error("Evaluation limit reached", "The collection would have more than " + limits.maxCollectionSize()
                + " elements, the limit.", where);
            throw new Abort();
        }
    }

    private Value forExpr(Expression.For x) {
        Value coll = eval(x.collection());
        Type resultType = x.isObject() ? Type.DYNAMIC : Type.DYNAMIC;
        if (coll.isNull()) {
            error("Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.",
                x.collection().range());
            return invalid();
        }
        Type ct = coll.type();
        boolean iterable = ct instanceof Type.ListType || ct instanceof Type.SetType || ct instanceof Type.TupleType
            || ct instanceof Type.MapType || ct instanceof Type.ObjectType || ct == Type.DYNAMIC;
        if (!iterable) {
            error("Iteration over non-iterable value", "A value of type " + ct.friendlyName()
                + " cannot be used as the collection in a 'for' expression.", x.collection().range());
            return invalid();
        }
        if (coll.isUnknown()) {
            return Value.unknown(resultType, coll.unknownReason()).mark(coll.marks());
        }
        List<Value[]> entries = new ArrayList<>();
        if (coll.isSequence()) {
            List<Value> elems = coll.elements();
            boolean set = ct instanceof Type.SetType;
            for (int i = 0; i < elems.size(); i++) {
                entries.add(new Value[] {set ? elems.get(i) : Value.number(i), elems.get(i)});
            }
        } else {
            for (Map.Entry<String, Value> e : coll.attributes().entrySet()) {
                entries.add(new Value[] {Value.string(e.getKey()), e.getValue()});
            }
        }
        checkSize(entries.size(), x.collection().range());
        Frame saved = frame;
        List<Value> items = new ArrayList<>();
        Map<String, List<Value>> groups = new LinkedHashMap<>();
        Map<String, Value> object = new LinkedHashMap<>();
        Marks marks = coll.marks();
        Value unknown = null;
        boolean failed = false;
        try {
            for (Value[] kv : entries) {
                step(1);
                Frame f = saved;
                if (x.keyVar() != null) {
                    f = new Frame(x.keyVar(), kv[0], f);
                }
                frame = new Frame(x.valueVar(), kv[1], f);
                if (x.condition() != null) {
                    Value c = eval(x.condition());
                    marks = marks.union(c.marks());
                    if (c.isNull()) {
                        error("Invalid 'for' condition", "The value of the 'if' clause must not be null.",
                            x.condition().range());
                        failed = true;
                        break;
                    }
                    Value b;
                    try {
                        b = Convert.convert(c.unmark(), Type.BOOL);
                    } catch (ConversionException e) {
                        error("Invalid 'for' condition", "The 'if' clause value is invalid: " + e.getMessage() + ".",
                            x.condition().range());
                        failed = true;
                        break;
                    }
                    if (b.isUnknown()) {
                        unknown = unknown == null ? b : unknown;
                        continue;
                    }
                    if (!b.asBoolean()) {
                        continue;
                    }
                }
                if (!x.isObject()) {
                    items.add(eval(x.valueExpr()));
                    continue;
                }
                Value k = eval(x.keyExpr());
                Value v = eval(x.valueExpr());
                if (k.isNull()) {
                    error("Invalid object key", "Key expression in 'for' expression must not produce a null value.",
                        x.keyExpr().range());
                    failed = true;
                    break;
                }
                Value ks;
                try {
                    ks = Convert.convert(k, Type.STRING);
                } catch (ConversionException e) {
                    error("Invalid object key", "The key expression produced an invalid result: " + e.getMessage() + ".",
                        x.keyExpr().range());
                    failed = true;
                    break;
                }
                marks = marks.union(ks.marks());
                if (ks.isUnknown()) {
                    unknown = unknown == null ? ks : unknown;
                    continue;
                }
                String key = ks.asString();
                if (x.group()) {
                    groups.computeIfAbsent(key, kk -> new ArrayList<>()).add(v);
                } else if (object.containsKey(key)) {
                    error("Duplicate object key", "Two different items produced the key \"" + key + "\" in this 'for'"
                        + " expression. If duplicates are expected, use the ellipsis (...) after the value expression"
                        + " to enable grouping by key.", x.keyExpr().range());
                    failed = true;
                    break;
                } else {
                    object.put(key, v);
                }
            }
        } finally {
            frame = saved;
        }
        if (failed) {
            return invalid();
        }
        if (unknown != null) {
            return Value.unknown(resultType, unknown.unknownReason()).mark(marks);
        }
        if (!x.isObject()) {
            return Value.tuple(items).mark(marks);
        }
        if (x.group()) {
            groups.forEach((k, vs) -> object.put(k, Value.tuple(vs)));
        }
        return Value.object(object).mark(marks);
    }

    private Value splat(Expression.Splat x) {
        Value src = eval(x.source());
        Type st = src.type();
        boolean upgrade = !(st instanceof Type.ListType || st instanceof Type.SetType || st instanceof Type.TupleType);
        if (src.isNull()) {
            if (upgrade) {
                return Value.EMPTY_TUPLE.mark(src.marks());
            }
            error("Splat of null value", "Splat expressions (with the * symbol) cannot be applied to null sequences.",
                x.source().range());
            return invalid();
        }
        if (src.isUnknown()) {
            return Value.unknown(st instanceof Type.ListType || st instanceof Type.SetType
                ? new Type.ListType(Type.DYNAMIC) : Type.DYNAMIC, src.unknownReason()).mark(src.marks());
        }
        List<Value> elems = upgrade ? List.of(src.unmark()) : src.elements();
        checkSize(elems.size(), x.range());
        List<Value> out = new ArrayList<>(elems.size());
        Value saved = splatItems.get(x.item());
        try {
            for (Value e : elems) {
                step(1);
                splatItems.put(x.item(), e);
                out.add(eval(x.each()));
            }
        } finally {
            if (saved == null) {
                splatItems.remove(x.item());
            } else {
                splatItems.put(x.item(), saved);
            }
        }
        Marks marks = src.marks();
        if (!upgrade && !(st instanceof Type.TupleType)) {
            if (out.isEmpty()) {
                return Value.list(Type.DYNAMIC, List.of()).mark(marks);
            }
            List<Value> unified = Convert.unifyValues(out);
            if (unified != null) {
                return Value.list(unified.get(0).type(), unified).mark(marks);
            }
        }
        return Value.tuple(out).mark(marks);
    }

    // ------------------------------------------------------------------ function calls

    private Value functionCall(Expression.FunctionCall x) {
        String name = x.name();
        if (name.equals("try") || name.equals("core::try")) {
            return tryCall(x);
        }
        if (name.equals("can") || name.equals("core::can")) {
            return canCall(x);
        }
        Function f = evaluator.functions().lookup(name);
        List<Value> args = new ArrayList<>(x.args().size());
        List<Range> ranges = new ArrayList<>(x.args().size());
        for (Expression a : x.args()) {
            args.add(eval(a));
            ranges.add(a.range());
        }
        if (f == null) {
            String reason = name.contains("::")
                ? "provider function " + name + "() is not evaluated statically"
                : "function " + name + "() is not known to templint";
            Marks m = Marks.NONE;
            for (Value a : args) {
                m = m.union(a.deepMarks());
            }
            return Value.unknown(reason).mark(m);
        }
        if (x.expandFinal() && !args.isEmpty()) {
            Value last = args.remove(args.size() - 1);
            Range lastRange = ranges.remove(ranges.size() - 1);
            if (last.isNull()) {
                error("Invalid expanding argument value", "The expanding argument (indicated by ...) must not be null.",
                    lastRange);
                return invalid();
            }
            if (last.isUnknown()) {
                return Value.unknown(last.unknownReason()).mark(last.marks());
            }
            Type lt = last.type();
            if (!(lt instanceof Type.ListType || lt instanceof Type.SetType || lt instanceof Type.TupleType)) {
                error("Invalid expanding argument value", "The expanding argument (indicated by ...) must be of a tuple,"
                    + " list, or set type.", lastRange);
                return invalid();
            }
            for (Value e : last.elements()) {
                args.add(e.mark(last.marks()));
                ranges.add(lastRange);
            }
        }
        return call(f, x, args, ranges);
    }

    private Value call(Function f, Expression.FunctionCall x, List<Value> args, List<Range> ranges) {
        int fixed = f.params().size();
        if (args.size() < fixed) {
            Param missing = f.params().get(args.size());
            error("Not enough function arguments", "Function \"" + f.name() + "\" expects " + fixed
                + " argument(s). Missing value for \"" + missing.name() + "\".",
                x.closeParenRange() != null ? x.closeParenRange() : x.range());
            return invalid();
        }
        if (args.size() > fixed && f.varParam() == null) {
            error("Too many function arguments", "Function \"" + f.name() + "\" expects only " + fixed
                + " argument(s).", ranges.get(fixed));
            return invalid();
        }
        Marks resultMarks = Marks.NONE;
        List<Value> prepared = new ArrayList<>(args.size());
        Value unknown = null;
        for (int i = 0; i < args.size(); i++) {
            Param p = f.paramFor(i);
            Value a = args.get(i);
            if (p.marks() == Param.MarkMode.DEEP) {
                resultMarks = resultMarks.union(a.deepMarks());
                a = a.unmarkDeep();
            } else if (p.marks() == Param.MarkMode.TOP) {
                resultMarks = resultMarks.union(a.marks());
                a = a.unmark();
            }
            if (a.isNull() && !p.allowNull()) {
                error("Invalid function argument", "Invalid value for \"" + p.name() + "\" parameter: argument must not"
                    + " be null.", ranges.get(i));
                return invalid();
            }
            try {
                a = Convert.convert(a, p.type());
            } catch (ConversionException e) {
                error("Invalid function argument", "Invalid value for \"" + p.name() + "\" parameter: " + e.getMessage()
                    + ".", ranges.get(i));
                return invalid();
            }
            Value u = switch (p.unknowns()) {
                case WHOLLY_KNOWN -> a.firstUnknown();
                case KNOWN -> a.isUnknown() ? a : null;
                case ANY -> null;
            };
            if (u != null && unknown == null) {
                unknown = u;
            }
            prepared.add(a);
        }
        if (unknown != null) {
            return Value.unknown(unknown.unknownReason()).mark(resultMarks);
        }
        Range savedCall = currentCall;
        currentCall = x.range();
        try {
            Value r = f.impl().call(prepared, this);
            if (r.isKnownNonNull() && r.type() == Type.STRING && r.asString().length() > limits.maxStringLength()) {
                error("Evaluation limit reached", "The result of " + f.name() + "() would be longer than "
                    + limits.maxStringLength() + " characters, the limit.", x.range());
                throw new Abort();
            }
            return r.mark(resultMarks);
        } catch (FunctionException e) {
            int i = e.argIndex();
            if (i >= 0 && i < ranges.size()) {
                Param p = f.paramFor(i);
                error("Invalid function argument", "Invalid value for \"" + (p == null ? "args" : p.name())
                    + "\" parameter: " + e.getMessage(), ranges.get(i));
            } else {
                error("Error in function call", "Call to function \"" + f.name() + "\" failed: " + e.getMessage(),
                    x.range());
            }
            return invalid();
        } catch (Abort | StackOverflowError a) {
            throw a;
        } catch (RuntimeException bug) {
            error("Error in function call", "Call to function \"" + f.name() + "\" failed with an internal error: "
                + bug, x.range());
            return invalid();
        } finally {
            currentCall = savedCall;
        }
    }

    private Value tryCall(Expression.FunctionCall x) {
        if (x.args().isEmpty()) {
            error("Not enough function arguments", "Function \"try\" expects at least one argument.", x.range());
            return invalid();
        }
        List<Diagnostic> saved = diagnostics;
        List<String> failures = new ArrayList<>();
        try {
            for (Expression a : x.args()) {
                List<Diagnostic> inner = new ArrayList<>();
                diagnostics = inner;
                Value v = eval(a);
                if (inner.stream().noneMatch(Diagnostic::isError)) {
                    saved.addAll(inner);
                    Value u = v.firstUnknown();
                    return u == null ? v : Value.unknown(u.unknownReason()).mark(v.deepMarks());
                }
                inner.stream().filter(Diagnostic::isError).findFirst()
                    .ifPresent(d -> failures.add(d.summary() + (d.detail().isEmpty() ? "" : ": " + d.detail())));
            }
        } finally {
            diagnostics = saved;
        }
        error("Error in function call", "Call to function \"try\" failed: no expression succeeded:\n- "
            + String.join("\n- ", failures), x.range());
        return invalid();
    }

    private Value canCall(Expression.FunctionCall x) {
        if (x.args().size() != 1) {
            error(x.args().isEmpty() ? "Not enough function arguments" : "Too many function arguments",
                "Function \"can\" expects exactly one argument.", x.range());
            return invalid();
        }
        List<Diagnostic> saved = diagnostics;
        List<Diagnostic> inner = new ArrayList<>();
        Value v;
        try {
            diagnostics = inner;
            v = eval(x.args().get(0));
        } finally {
            diagnostics = saved;
        }
        if (inner.stream().anyMatch(Diagnostic::isError)) {
            return Value.FALSE;
        }
        Value u = v.firstUnknown();
        return u == null ? Value.TRUE : Value.unknown(Type.BOOL, u.unknownReason());
    }
}
