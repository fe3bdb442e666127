package io.templint.eval.functions;

import io.templint.eval.Value;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.ExpressionResult;
import io.templint.hcl.Hcl;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.Pos;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders template text with variables, for {@code templatefile} and {@code templatestring}. */
final class Templates {

    private Templates() { }

    /**
     * Parses {@code text} as a template named {@code name} and evaluates it with the attributes of
     * {@code vars} (a map or object) as its only variables.
     *
     * @param varsArg the index of the vars argument, for errors
     */
    static Value render(String name, String text, Value vars, int varsArg, CallContext c) throws FunctionException {
        if (!vars.isMapping()) {
            throw new FunctionException(varsArg, "invalid vars value: must be a map or an object, not "
                + vars.type().friendlyName() + ".");
        }
        Map<String, Value> scope = new LinkedHashMap<>();
        for (Map.Entry<String, Value> e : vars.attributes().entrySet()) {
            if (!e.getKey().matches("[\\p{L}_][\\p{L}\\p{N}_-]*")) {
                throw new FunctionException(varsArg, "invalid template variable name \"" + e.getKey() + "\": must"
                    + " start with a letter, followed by zero or more letters, digits, and underscores.");
            }
            scope.put(e.getKey(), e.getValue().mark(vars.marks()));
        }
        ExpressionResult parsed = Hcl.parseTemplate(name, text, Pos.START, ParseOptions.DEFAULTS);
        for (Diagnostic d : parsed.diagnostics()) {
            if (d.isError()) {
                throw new FunctionException(0, "the template " + name + " has a syntax error: " + d + ".");
            }
        }
        return c.evaluateTemplate(parsed.expression(), scope);
    }
}
