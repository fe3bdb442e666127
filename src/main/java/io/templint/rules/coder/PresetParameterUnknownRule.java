package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.eval.Value;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A {@code coder_workspace_preset} sets a parameter that no planned {@code coder_parameter} declares. */
final class PresetParameterUnknownRule extends TreeRule {

    private static final RuleMetadata METADATA = new RuleMetadata("coder_preset_parameter_unknown", Severity.WARNING,
        "A coder_workspace_preset sets a parameter the template does not declare",
        """
        A preset's `parameters` map is keyed by parameter `name` (the `name` argument of a \
        `data "coder_parameter"`, not its Terraform label). A key no parameter of the template has \
        is accepted, since presets may outlive a parameter across template versions, but the value \
        does nothing: Coder's import only logs "coder_workspace_preset defines preset values for at \
        least one parameter that is not defined by the template". Usually a typo or a label used \
        instead of the name. Not checked when a parameter's name is not known statically or a module \
        of the template cannot be read.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/data-sources/workspace_preset")
        .checkedBy(RuleMetadata.AT_IMPORT, null);

    PresetParameterUnknownRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        if (!tree.unresolved().isEmpty()) {
            return; // a module not read may declare the parameter
        }
        Set<String> names = new HashSet<>();
        for (Resource r : tree.resources(Resource.Mode.DATA, "coder_parameter")) {
            for (StaticEval.Planned p : eval.planned(tree, r)) {
                String name = eval.string(p, "name");
                if (name == null) {
                    return; // a name not known: any key may be it
                }
                names.add(name);
            }
        }
        for (Resource preset : tree.resources(Resource.Mode.DATA, "coder_workspace_preset")) {
            for (StaticEval.Planned p : eval.planned(tree, preset)) {
                Value params = eval.argument(p, "parameters");
                if (!params.isKnown() || params.isNull() || !params.isMapping()) {
                    continue;
                }
                List<String> unknown = new ArrayList<>();
                for (String key : params.attributes().keySet()) {
                    if (!names.contains(key)) {
                        unknown.add("\"" + key + "\"");
                    }
                }
                if (!unknown.isEmpty()) {
                    ctx.report(Visible.argument(ctx, tree, preset, "parameters"), "preset " + p.address()
                        + " sets " + (unknown.size() == 1 ? "parameter " : "parameters ") + String.join(", ", unknown)
                        + " that no coder_parameter of the template declares (by name): the value is ignored");
                    break; // one finding per resource
                }
            }
        }
    }
}
