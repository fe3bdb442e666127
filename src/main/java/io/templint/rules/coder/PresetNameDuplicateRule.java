package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;

/** Two planned {@code coder_workspace_preset}s with the same name. */
final class PresetNameDuplicateRule extends TreeRule {

    private static final RuleMetadata METADATA = new RuleMetadata("coder_preset_name_duplicate", Severity.WARNING,
        "Two coder_workspace_preset data sources have the same name",
        """
        Users pick a preset by its `name`, so two presets named alike cannot be told apart. Coder's \
        import conversion means to refuse them ("coder_workspace_preset names must be unique"), but \
        in the releases read for templint that check never fires, so the template imports and the \
        presets collide later; hence a warning rather than an error. Presets that are never created \
        (`count = 0`) are ignored; a preset in a module called twice counts twice.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/data-sources/workspace_preset")
        .checkedBy(RuleMetadata.AT_IMPORT, null);

    PresetNameDuplicateRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        UniqueArguments.reportRepeats(ctx, tree, Resource.Mode.DATA,
            "coder_workspace_preset", "name", "preset name", "coder_workspace_preset names");
    }
}
