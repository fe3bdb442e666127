package io.templint.eval.functions;

import io.templint.eval.EvalLimits;
import io.templint.eval.FileAccess;
import io.templint.eval.Value;
import io.templint.hcl.Expression;
import java.util.Map;

/** What a function implementation may use besides its arguments. */
public interface CallContext {

    /** The limits of the running evaluation. */
    EvalLimits limits();

    /** File access for the file functions. */
    FileAccess files();

    /** Counts {@code n} work steps; fails once the evaluation's step budget is spent. */
    void step(long n) throws FunctionException;

    /**
     * Counts {@code chars} characters of newly produced strings; stops the evaluation once the
     * strings produced in total exceed four times {@link EvalLimits#maxStringLength()}, so that many
     * large strings cannot exhaust memory.
     */
    void produced(long chars);

    /** Fails when a string of {@code length} chars would exceed the string limit. */
    default void checkString(long length) throws FunctionException {
        if (length > limits().maxStringLength()) {
            throw new FunctionException("the result would be longer than " + limits().maxStringLength()
                + " characters, the evaluation limit");
        }
    }

    /** Fails when a collection of {@code size} elements would exceed the collection limit. */
    default void checkCollection(long size) throws FunctionException {
        if (size > limits().maxCollectionSize()) {
            throw new FunctionException("the result would have more than " + limits().maxCollectionSize()
                + " elements, the evaluation limit");
        }
    }

    /**
     * Evaluates a parsed template with only {@code variables} in scope (for {@code templatefile}),
     * within the running evaluation's limits; problems become the call's diagnostics.
     */
    Value evaluateTemplate(Expression template, Map<String, Value> variables) throws FunctionException;
}
