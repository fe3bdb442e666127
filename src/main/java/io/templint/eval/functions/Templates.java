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
        // the text was read within the file functions' limit, which may exceed the parser's default for
        // configuration files: a template file Terraform renders must not fail here for its size
        ParseOptions options = new ParseOptions(ParseOptions.DEFAULTS.maxNestingDepth(),
            Math.max(ParseOptions.DEFAULTS.maxFileBytes(), c.limits().maxFileBytes()));
        ExpressionResult parsed = Hcl.parseTemplate(name, text, Pos.START, options);
        for (Diagnostic d : parsed.diagnostics()) {
            if (d.isError()) {
                throw new FunctionException(0, "the template " + name + " has a syntax error: " + d + ".");
            }
        }
        return c.evaluateTemplate(parsed.expression(), scope);
    }
}
