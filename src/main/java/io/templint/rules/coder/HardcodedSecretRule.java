package io.templint.rules.coder;

import io.templint.api.Severity;
import io.templint.coder.AgentFacts;
import io.templint.coder.CoderEnvFacts;
import io.templint.coder.CoderFacts;
import io.templint.coder.EnvVarFacts;
import io.templint.coder.SecretPatterns;
import io.templint.eval.Value;
import io.templint.hcl.Range;
import io.templint.rules.AnalysisFacts;
import io.templint.rules.FactKey;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import io.templint.rules.TerraformFacts;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Resource;
import java.util.Set;

/** A credential written into the template as an agent environment value. */
public final class HardcodedSecretRule implements Rule {

    /** The rule id: reports mask the source they quote for its findings. */
    public static final String ID = "coder_hardcoded_secret";

    static final RuleMetadata METADATA = new RuleMetadata(ID, Severity.ERROR,
        "A literal that looks like a secret is set in an agent's environment or scripts",
        """
        A token or key written into the template (in a `coder_agent`'s `env`, a `coder_env` value, \
        or an agent's `startup_script` or a `coder_script`) is readable by everyone who can read the template's source or its versions in Coder, \
        and every workspace shares it. Recognised: GitHub tokens (`ghp_`, `gho_`, `ghu_`, `ghs_`, \
        `github_pat_`), AWS access key ids (`AKIA...`), Anthropic (`sk-ant-`) and OpenAI (`sk-`) API \
        keys, Slack tokens (`xoxb-`, `xoxp-`), private key headers, and random-looking values of \
        variables named like `*_TOKEN`, `*_KEY`, `*_SECRET` or `PASSWORD` (in environment values; \
        scripts are searched for the well-known formats only).

        Revoke the credential, then pass it in a variable declared `sensitive = true` without a \
        default, or use `data "coder_external_auth"` (its `access_token`) or a per-user secret, so \
        that each user brings their own:

        ```hcl
        variable "anthropic_api_key" {
          type      = string
          sensitive = true
        }
        resource "coder_env" "anthropic" {
          agent_id = coder_agent.main.id
          name     = "ANTHROPIC_API_KEY"
          value    = var.anthropic_api_key
        }
        ```

        Values are evaluated statically (local values, `merge(...)`, non-sensitive variable defaults \
        count); the finding never repeats the secret. Defaults of sensitive variables are the \
        concern of `sensitive_variable_default`.
        """,
        "https://coder.com/docs/admin/security/secrets");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public Set<FactKey<?>> requiredFacts() {
        return Set.of(TerraformFacts.MODULE_TREE, AnalysisFacts.CODER);
    }

    @Override
    public void check(RuleContext ctx) {
        ModuleTree tree = ctx.get(TerraformFacts.MODULE_TREE);
        CoderFacts facts = ctx.get(AnalysisFacts.CODER);
        for (AgentFacts agent : facts.agents()) {
            for (EnvVarFacts e : agent.env()) {
                if (!e.fromCoderEnv()) {
                    check(ctx, e, Visible.range(ctx, tree, agent.resource().module(), e.range()),
                        "the env of agent " + agent.address());
                }
            }
        }
        for (CoderEnvFacts env : facts.coderEnvs()) {
            Resource r = env.resource();
            check(ctx, env.entry(), Visible.argument(ctx, tree, r, "value"), r.address());
        }
        StaticEval eval = new StaticEval(ctx);
        for (Resource agent : tree.resources(Resource.Mode.MANAGED, "coder_agent")) {
            checkScript(ctx, tree, eval, agent, "startup_script");
        }
        for (Resource script : tree.resources(Resource.Mode.MANAGED, "coder_script")) {
            checkScript(ctx, tree, eval, script, "script");
        }
    }

    /** Scripts are free text: only the well-known credential formats are looked for. */
    private static void checkScript(RuleContext ctx, ModuleTree tree, StaticEval eval, Resource r, String attribute) {
        if (r.attribute(attribute) == null) {
            return;
        }
        Value v = eval.argument(r, attribute);
        if (v.deepMarks().isSensitive()) {
            return;
        }
        String what = SecretPatterns.describe(null, StaticEval.string(v));
        if (what != null) {
            ctx.report(Visible.argument(ctx, tree, r, attribute), "the " + attribute + " of "
                + r.address() + " contains what looks like " + what + " written in the template: revoke it and"
                + " pass it through a sensitive variable or external auth");
        }
    }

    private static void check(RuleContext ctx, EnvVarFacts e, Range at, String where) {
        String what = e.hardcodedSecret();
        if (what != null) {
            String name = e.name() == null ? "an environment variable" : e.name();
            ctx.report(at, name + " in " + where + " is set to what looks like " + what
                + " written in the template: revoke it and pass it through a sensitive variable or external auth");
        }
    }
}
