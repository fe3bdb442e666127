package io.templint.eval.functions;

import io.templint.eval.Type;
import io.templint.eval.Value;
import java.util.List;
import java.util.Objects;

/**
 * A built-in function: its signature and its implementation. Implementations are stateless and
 * shared between threads; they receive arguments already converted, unmarked and known as their
 * {@link Param}s declare.
 *
 * @param name     the name templates call it by
 * @param params   the fixed parameters
 * @param varParam the variadic parameter, or null
 * @param impl     the implementation
 * @param returns  the type of the result as far as it is known without the arguments
 *                 ({@link Type#DYNAMIC} when it depends on them); unknown results have this type
 */
public record Function(String name, List<Param> params, Param varParam, Impl impl, Type returns) {

    /** A function body. */
    @FunctionalInterface
    public interface Impl {
        /**
         * @param args one value per argument (variadic ones included), prepared as the params say
         * @param ctx  limits, files, template evaluation
         */
        Value call(List<Value> args, CallContext ctx) throws FunctionException;
    }

    public Function {
        Objects.requireNonNull(name, "name");
        params = List.copyOf(params);
        Objects.requireNonNull(impl, "impl");
        Objects.requireNonNull(returns, "returns");
    }

    /** A function whose result type depends on its arguments. */
    public Function(String name, List<Param> params, Param varParam, Impl impl) {
        this(name, params, varParam, impl, Type.DYNAMIC);
    }

    /** This function with its result type declared. */
    public Function returning(Type type) {
        return new Function(name, params, varParam, impl, type);
    }

    /** The parameter that argument {@code i} binds to, or null past the end of a fixed signature. */
    public Param paramFor(int i) {
        return i < params.size() ? params.get(i) : varParam;
    }
}
