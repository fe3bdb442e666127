package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;

/** Two {@code coder_parameter}s with the same {@code name}, anywhere in the module tree. */
public final class ParameterNameDuplicateRule extends TreeRule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_parameter_name_duplicate", Severity.ERROR,
        "Two coder_parameter data sources have the same name",
        """
        Coder identifies a workspace parameter by its `name` (not by the Terraform label) and rejects \
        a template in which two `data "coder_parameter"` blocks share one. This happens when a \
        module declares a parameter the template also declares (`"Region"`, `"AI Prompt"`), or \
        when a module is called twice. Rename one, or let the module take the value as a variable. \
        Only statically known names are compared, across all modules; parameters that are never \
        created (`count = 0`) are ignored.
        """,
        "https://coder.com/docs/admin/templates/extending-templates/parameters")
        .checkedBy(RuleMetadata.AT_IMPORT, null);

    /** The rule. */
    public ParameterNameDuplicateRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        UniqueArguments.reportRepeats(ctx, tree, Resource.Mode.DATA, "coder_parameter",
            "name", "parameter name", "parameter names");
    }
}
