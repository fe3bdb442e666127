package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.regex.Pattern;

/** A {@code coder_env} whose {@code name} is not a valid environment variable name. */
public final class EnvNameInvalidRule extends TreeRule {

    /** The provider's pattern for {@code coder_env.name}. */
    static final Pattern ENV_NAME = Pattern.compile("^[a-zA-Z_][a-zA-Z0-9_]*$");

    static final RuleMetadata METADATA = new RuleMetadata("coder_env_name_invalid", Severity.ERROR,
        "A coder_env name is not a valid environment variable name",
        """
        The `name` of a `coder_env` must match `^[a-zA-Z_][a-zA-Z0-9_]*$`: letters, digits and \
        underscores, not starting with a digit. The provider rejects other names (`API-KEY`, \
        `1PASSWORD`, `MY VAR`, an empty name) when the workspace is built. Only statically known \
        names are checked, in every module.
        """,
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/env")
        .checkedBy(RuleMetadata.AT_IMPORT, "0.12.4");

    /** The rule. */
    public EnvNameInvalidRule() {
        super(METADATA);
    }

    @Override
    void check(RuleContext ctx, ModuleTree tree, StaticEval eval) {
        for (Resource env : tree.resources(Resource.Mode.MANAGED, "coder_env")) {
            String name = eval.string(env, "name");
            if (name != null && !ENV_NAME.matcher(name).matches()) {
                ctx.report(Visible.argument(ctx, tree, env, "name"),
                    "environment variable name \"" + name + "\" of " + env.address() + " is not valid: use letters,"
                        + " digits and underscores, not starting with a digit");
            }
        }
    }
}
