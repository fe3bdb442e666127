package io.templint.eval;

import io.templint.eval.functions.Function;
import io.templint.eval.functions.FunctionException;
import io.templint.eval.functions.Param;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Function calls for the {@link Interpreter}: {@code try} and {@code can}, argument expansion,
 * arity checks, and preparing arguments as each {@link Param} declares (marks moved to the result,
 * nulls refused, conversion, unknown arguments short-circuiting to an unknown result); failures of
 * the implementation become diagnostics.
 */
final class FunctionCalls {

    private final Interpreter in;

    FunctionCalls(Interpreter in) {
        this.in = in;
    }

    /** Evaluates a function call expression. */
    Value call(Expression.FunctionCall x) {
        String name = x.name();
        if (name.equals("try") || name.equals("core::try")) {
            return tryCall(x);
        }
        if (name.equals("can") || name.equals("core::can")) {
            return canCall(x);
        }
        Function f = in.functions().lookup(name);
        List<Value> args = new ArrayList<>(x.args().size());
        List<Range> ranges = new ArrayList<>(x.args().size());
        long argBytes = 0;
        for (Expression a : x.args()) {
            Value v = in.eval(a);
            args.add(v);
            ranges.add(a.range());
            argBytes += v.weight();
        }
        // Every function reads its arguments (marks, unknowns, conversion walk them): a step per value
        // and per 64 characters, charged before that work, so that calls over big values add up.
        in.work(argBytes);
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
                in.error("Invalid expanding argument value", "The expanding argument (indicated by ...) must not be null.",
                    lastRange);
                return Interpreter.invalid();
            }
            if (last.isUnknown()) {
                return Value.unknown(last.unknownReason()).mark(last.marks());
            }
            Type lt = last.type();
            if (!(lt instanceof Type.ListType || lt instanceof Type.SetType || lt instanceof Type.TupleType)) {
                in.error("Invalid expanding argument value", "The expanding argument (indicated by ...) must be of a tuple,"
                    + " list, or set type.", lastRange);
                return Interpreter.invalid();
            }
            for (Value e : last.elements()) {
                args.add(e.mark(last.marks()));
                ranges.add(lastRange);
            }
        }
        return invoke(f, x, args, ranges);
    }

    private Value invoke(Function f, Expression.FunctionCall x, List<Value> args, List<Range> ranges) {
        int fixed = f.params().size();
        if (args.size() < fixed) {
            Param missing = f.params().get(args.size());
            in.error("Not enough function arguments", "Function \"" + f.name() + "\" expects " + fixed
                + " argument(s). Missing value for \"" + missing.name() + "\".",
                x.closeParenRange() != null ? x.closeParenRange() : x.range());
            return Interpreter.invalid();
        }
        if (args.size() > fixed && f.varParam() == null) {
            in.error("Too many function arguments", "Function \"" + f.name() + "\" expects only " + fixed
                + " argument(s).", ranges.get(fixed));
            return Interpreter.invalid();
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
                in.error("Invalid function argument", "Invalid value for \"" + p.name() + "\" parameter: argument must not"
                    + " be null.", ranges.get(i));
                return Value.unknown(f.returns(), "invalid function call");
            }
            try {
                if (p.type() instanceof Type.SetType && a.isKnownNonNull() && !(a.type() instanceof Type.SetType)) {
                    in.work(sortCost(a)); // made a set: sorted
                }
                a = Convert.convert(a, p.type());
            } catch (ConversionException e) {
                in.error("Invalid function argument", "Invalid value for \"" + p.name() + "\" parameter: " + e.getMessage()
                    + ".", ranges.get(i));
                return Value.unknown(f.returns(), "invalid function call");
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
            return Value.unknown(f.returns(), unknown.unknownReason()).mark(resultMarks);
        }
        Range savedCall = in.enterCall(x.range());
        try {
            Value r = f.impl().call(prepared, in);
            // ... and makes its result: the same again for every value and character of it, and the
            // result's memory, so that repeated calls that make big values stop at the budgets.
            in.work(r.weight());
            in.allocate(r.weight());
            if (r.isKnownNonNull() && (r.type() instanceof Type.SetType || f.name().equals("sort"))) {
                // sets and sort() order their elements: about log2(n) comparisons of each, and a
                // comparison of collections renders them
                in.work(sortCost(r));
            }
            if (r.isKnownNonNull() && r.type() == Type.STRING) {
                if (r.asString().length() > in.limits().maxStringLength()) {
                    throw in.limitReached("The result of " + f.name() + "() would be longer than "
                        + in.limits().maxStringLength() + " characters, the limit.", x.range());
                }
                in.produced(r.asString().length());
            }
            return r.mark(resultMarks);
        } catch (FunctionException e) {
            int i = e.argIndex();
            if (e.isFileNotRead()) {
                in.warning(EvalDiagnostics.FILE_NOT_READ, "Call to function \"" + f.name() + "\": " + e.getMessage()
                    + " Terraform reads files outside the module, so this may work, but check that the"
                    + " template does not depend on files of the machine it is planned on.",
                    i >= 0 && i < ranges.size() ? ranges.get(i) : x.range());
                return Value.unknown(f.returns(), "function " + f.name() + "() names a file outside the template,"
                    + " which templint does not read").mark(resultMarks);
            }
            if (i >= 0 && i < ranges.size()) {
                Param p = f.paramFor(i);
                in.error("Invalid function argument", "Invalid value for \"" + (p == null ? "args" : p.name())
                    + "\" parameter: " + e.getMessage(), ranges.get(i));
            } else {
                in.error("Error in function call", "Call to function \"" + f.name() + "\" failed: " + e.getMessage(),
                    x.range());
            }
            return Interpreter.invalid();
        } catch (Interpreter.Abort | StackOverflowError a) {
            throw a;
        } catch (RuntimeException bug) {
            in.error("Error in function call", "Call to function \"" + f.name() + "\" failed with an internal error: "
                + bug, x.range());
            return Interpreter.invalid();
        } finally {
            in.enterCall(savedCall);
        }
    }

    /** The work of sorting a collection's elements: its weight times log2 of its length. */
    static long sortCost(Value v) {
        int n = v.isSequence() ? v.elements().size() : v.isMapping() ? v.attributes().size() : 1;
        long log = 64 - Long.numberOfLeadingZeros(n);
        return v.weight() > Long.MAX_VALUE / 64 ? Long.MAX_VALUE : v.weight() * log;
    }

    private Value tryCall(Expression.FunctionCall x) {
        if (x.args().isEmpty()) {
            in.error("Not enough function arguments", "Function \"try\" expects at least one argument.", x.range());
            return Interpreter.invalid();
        }
        List<String> failures = new ArrayList<>();
        for (Expression a : x.args()) {
            List<Diagnostic> inner = new ArrayList<>();
            Value v = in.evalInto(a, inner);
            if (inner.stream().noneMatch(Diagnostic::isError)) {
                in.report(inner);
                Value u = v.firstUnknown();
                return u == null ? v : Value.unknown(u.unknownReason()).mark(v.deepMarks());
            }
            inner.stream().filter(Diagnostic::isError).findFirst()
                .ifPresent(d -> failures.add(d.summary() + (d.detail().isEmpty() ? "" : ": " + d.detail())));
        }
        in.error("Error in function call", "Call to function \"try\" failed: no expression succeeded:\n- "
            + String.join("\n- ", failures), x.range());
        return Interpreter.invalid();
    }

    private Value canCall(Expression.FunctionCall x) {
        if (x.args().size() != 1) {
            in.error(x.args().isEmpty() ? "Not enough function arguments" : "Too many function arguments",
                "Function \"can\" expects exactly one argument.", x.range());
            return Interpreter.invalid();
        }
        List<Diagnostic> inner = new ArrayList<>();
        Value v = in.evalInto(x.args().get(0), inner);
        if (inner.stream().anyMatch(Diagnostic::isError)) {
            return Value.FALSE;
        }
        Value u = v.firstUnknown();
        return u == null ? Value.TRUE : Value.unknown(Type.BOOL, u.unknownReason());
    }
}
