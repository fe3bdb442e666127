package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.rules.RelatedLocation;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;

/** More than one {@code coder_workspace_preset} with {@code default = true}. */
public final class PresetDefaultMultipleRule extends TreeRule {

    static final RuleMetadata METADATA = new RuleMetadata("coder_preset_default_multiple", Severity.ERROR,
        "More than one coder_workspace_preset is the default",
        """
        A template may mark at most one `data "coder_workspace_preset"` as `default = true` (the \
        preset pre-selected when a workspace is created); Coder rejects the template at import when \
        several are. Keep `default = true` on one preset. Presets in child modules count too; presets \
        that are never created (`count = 0`) do not.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/data-sources/workspace_preset");

    /** The rule. */
    public PresetDefaultMultipleRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        Resource first = null;
        for (Resource preset : tree.resources(Resource.Mode.DATA, "coder_workspace_preset")) {
            if (!Boolean.TRUE.equals(StaticEval.bool(eval.argument(preset, "default")))
                    || eval.neverCreated(tree, preset)) {
                continue;
            }
            if (first == null) {
                first = preset;
                continue;
            }
            ctx.report(Visible.argument(ctx, tree, preset, "default"), "preset "
                + preset.address() + " is marked default, and so is " + first.address()
                + ": at most one preset can be the default",
                new RelatedLocation(Visible.argument(ctx, tree, first, "default"),
                    "default preset " + first.address()));
        }
    }
}
