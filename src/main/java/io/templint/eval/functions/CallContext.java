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
     * Counts the steps of handling values of {@code bytes} estimated bytes ({@link Value#weight()}):
     * a step per value and per 64 characters. Fails once the evaluation's step budget is spent.
     */
    void work(long bytes) throws FunctionException;

    /**
     * Counts {@code bytes} estimated bytes of newly made values; stops the evaluation once the values
     * made exceed {@link EvalLimits#maxValueBytes()}, in this evaluation or the template's.
     */
    void allocate(long bytes);

    /**
     * Stops the evaluation at a limit that Terraform does not have (the value becomes unknown, with
     * a warning that says {@code detail}): records it and returns the exception to throw.
     */
    RuntimeException limitReached(String detail);

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
