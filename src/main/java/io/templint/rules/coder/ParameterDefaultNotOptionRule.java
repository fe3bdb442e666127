package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.hcl.Block;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.ArrayList;
import java.util.List;

/** A {@code coder_parameter} with options whose {@code default} is none of the option values. */
public final class ParameterDefaultNotOptionRule extends TreeRule {

    /** The provider release that checks the default against the options. */
    static final String INTRODUCED = "0.6.14";

    /** The provider release that refuses an empty default and checks multi-select elements. */
    static final String INTRODUCED_EMPTY = "2.4.0";

    /** How many option values a message lists at most. */
    private static final int MAX_LISTED = 5;

    static final RuleMetadata METADATA = new RuleMetadata("coder_parameter_default_not_option", Severity.ERROR,
        "A coder_parameter default is not one of its option values",
        """
        When a `coder_parameter` lists `option` blocks, its `default` must be the `value` of one of \
        them (not its `name`). The provider checks it when Coder imports the template (`terraform \
        plan` reads the parameter with its default), so the import fails: "Default value must be a \
        valid option" (provider 2.4.0 and later; "default value ... must be defined as one of \
        options" since 0.6.14). An empty default (`default = ""`) is refused too since provider \
        2.4.0 ("The value is empty, did you forget to set it with a default or from user \
        input?"). A `list(string)` parameter with `form_type = "multi-select"` takes a JSON list \
        (`jsonencode([...])`) whose every element must be an option value ("values ... are missing \
        from the options"). Checked on every parameter Coder plans at import when the default and \
        every option value are known statically; other `list(string)` parameters are not checked.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/data-sources/parameter")
        .checkedBy(RuleMetadata.AT_IMPORT, "0.6.14");

    /** The rule. */
    public ParameterDefaultNotOptionRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        for (Resource p : tree.resources(Resource.Mode.DATA, "coder_parameter")) {
            List<Block> options = p.blocks("option");
            String type = p.attribute("type") == null ? "string" : eval.string(p, "type");
            String formType = p.attribute("form_type") == null ? "" : eval.string(p, "form_type");
            String dflt = eval.string(p, "default");
            if (options.isEmpty() || dflt == null || type == null || formType == null || eval.neverCreated(tree, p)) {
                continue;
            }
            boolean multiSelect = "list(string)".equals(type) && "multi-select".equals(formType);
            if ("list(string)".equals(type) && !multiSelect) {
                continue; // options of list(string) type, compared as JSON text: not checked
            }
            List<String> values = new ArrayList<>();
            for (Block o : options) {
                String v = StaticEval.string(eval.nested(p, o, "value"));
                if (v == null) {
                    values = null;
                    break;
                }
                values.add(v);
            }
            if (values == null) {
                continue;
            }
            if (multiSelect) {
                checkList(ctx, tree, p, dflt, values);
            } else if (dflt.isEmpty()) {
                report(ctx, tree, p, "default of " + p.address() + " is empty, which is none of its option values ("
                    + listed(values) + "): since provider 2.4.0 \"Default value must be a valid option. The value is"
                    + " empty\"");
            } else if (!values.contains(dflt)) {
                report(ctx, tree, p, "default \"" + dflt + "\" of " + p.address()
                    + " is not the value of any of its options (" + listed(values) + ")");
            }
        }
    }

    /** A multi-select default: a JSON list of strings each of which must be an option value. */
    private void checkList(RuleContext ctx, ModuleTree tree, Resource p, String dflt, List<String> values) {
        List<String> elements = JsonStrings.list(dflt);
        if (elements == null) {
            report(ctx, tree, p, "default \"" + dflt + "\" of " + p.address() + " is not a JSON-encoded list of"
                + " strings, which a list(string) parameter needs (use jsonencode([...]))");
            return;
        }
        List<String> missing = elements.stream().filter(e -> !values.contains(e)).toList();
        if (!missing.isEmpty()) {
            report(ctx, tree, p, "default " + dflt + " of " + p.address() + " has "
                + listed(missing) + ", not the value of any of its options (" + listed(values) + ")");
        }
    }

    private void report(RuleContext ctx, ModuleTree tree, Resource p, String message) {
        ProviderVersions.report(ctx, tree, Visible.argument(ctx, tree, p, "default"), message,
            message.contains("is empty") ? INTRODUCED_EMPTY : INTRODUCED);
    }

    private static String listed(List<String> values) {
        List<String> shown = values.stream().limit(MAX_LISTED).map(v -> "\"" + v + "\"").toList();
        return String.join(", ", shown) + (values.size() > MAX_LISTED ? ", ..." : "");
    }
}
