package io.templint.rules.coder;

import static io.templint.rules.coder.ProviderCheckRule.conflict;
import static io.templint.rules.coder.ProviderCheckRule.maxBytes;
import static io.templint.rules.coder.ProviderCheckRule.metadata;
import static io.templint.rules.coder.ProviderCheckRule.oneOf;

import io.templint.rules.Rule;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.Resource;
import java.util.List;

/**
 * The Coder provider's argument checks that templint decides per planned instance with one
 * {@link ProviderCheckRule} each: allowed values, length limits and conflicting arguments, with the
 * provider release that added each one (read from the provider's own validation code).
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class ProviderChecks {

    private static final String APP = "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/app";
    private static final String AGENT =
        "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/agent";
    private static final String ENV = "https://registry.terraform.io/providers/coder/coder/latest/docs/resources/env";
    private static final String IMPORT = RuleMetadata.AT_IMPORT;

    private ProviderChecks() { }

    /** The rules, in listing order. */
    public static List<Rule> rules() {
        return List.of(
            new ProviderCheckRule(metadata("coder_app_command_conflict",
                "A coder_app sets command with subdomain, external or healthcheck",
                """
                A `coder_app` that runs a `command` in a terminal cannot also be a subdomain app \
                (`subdomain`, provider 2.14.0 and later), an `external` link (0.6.6) or have a \
                `healthcheck` (0.6.6): the provider declares these arguments as conflicting, so \
                `terraform plan` fails when Coder imports the template ("conflicts with"). An argument \
                set to anything but null counts as set, `subdomain = false` too. Values not known \
                statically are not checked.
                """, APP, IMPORT, "0.6.6"), Resource.Mode.MANAGED, "coder_app", (eval, p) -> {
                    var c = conflict("command", "subdomain", "2.14.0").check(eval, p);
                    if (c == null) {
                        c = conflict("external", "command", null).check(eval, p);
                    }
                    return c != null ? c : conflict("healthcheck", "command", null).check(eval, p);
                }),
            new ProviderCheckRule(metadata("coder_app_external_conflict",
                "An external coder_app sets healthcheck, subdomain or share",
                """
                An `external` app is a link the browser opens directly: Coder neither proxies nor \
                checks it, so the provider declares `external` as conflicting with `healthcheck`, \
                `subdomain` and `share` (and `command`, see `coder_app_command_conflict`), and \
                `terraform plan` fails when Coder imports the template ("conflicts with"). Values not \
                known statically are not checked.
                """, APP, IMPORT, "0.6.6"), Resource.Mode.MANAGED, "coder_app", (eval, p) -> {
                    for (String other : List.of("healthcheck", "subdomain", "share")) {
                        var c = conflict("external", other, null).check(eval, p);
                        if (c != null) {
                            return c;
                        }
                    }
                    return null;
                }),
            new ProviderCheckRule(metadata("coder_app_share_invalid",
                "A coder_app share is not owner, authenticated or public",
                """
                The provider accepts only `owner`, `authenticated` and `public` as an app's `share` \
                level and fails `terraform plan` when Coder imports the template otherwise: \
                "invalid app share ..., must be one of \\"owner\\", \\"authenticated\\", \\"public\\"". \
                Coder 2.x also accepts `organization` only through newer providers; templint follows \
                the provider's list.
                """, APP, IMPORT, "0.5.1"), Resource.Mode.MANAGED, "coder_app",
                oneOf("share", List.of("owner", "authenticated", "public"), "invalid app share")),
            new ProviderCheckRule(metadata("coder_app_open_in_invalid",
                "A coder_app open_in is not tab or slim-window",
                """
                The provider accepts only `tab` and `slim-window` as an app's `open_in` and fails \
                `terraform plan` when Coder imports the template otherwise ("invalid \\"coder_app\\" \
                open_in value, must be one of \\"tab\\", \\"slim-window\\""). `open_in` exists since \
                provider 2.1.0; `window` was accepted by 2.1.0 and 2.1.1 and is refused since 2.1.2.
                """, APP, IMPORT, "2.1.0"), Resource.Mode.MANAGED, "coder_app", (eval, p) -> {
                    var c = oneOf("open_in", List.of("tab", "slim-window"), "invalid \"coder_app\" open_in value")
                        .check(eval, p);
                    if (c != null && "window".equals(ProviderCheckRule.known(eval, p, "open_in"))) {
                        return new ProviderCheckRule.Problem(c.argument(), c.message(), "2.1.2");
                    }
                    return c;
                }),
            new ProviderCheckRule(metadata("coder_app_group_too_long",
                "A coder_app group is longer than 64 bytes",
                """
                The provider limits an app's `group` to 64 bytes of UTF-8 and fails `terraform plan` \
                when Coder imports the template: "group name is too long (max 64 characters)".
                """, APP, IMPORT, "2.5.3"), Resource.Mode.MANAGED, "coder_app",
                maxBytes("group", 64, "group name is too long")),
            new ProviderCheckRule(metadata("coder_app_tooltip_too_long",
                "A coder_app tooltip is longer than 2048 bytes",
                """
                The provider limits an app's `tooltip` to 2048 bytes of UTF-8 and fails `terraform \
                plan` when Coder imports the template: "tooltip is too long (max 2048 characters)".
                """, APP, IMPORT, "2.11.0"), Resource.Mode.MANAGED, "coder_app",
                maxBytes("tooltip", 2048, "tooltip is too long")),
            new ProviderCheckRule(metadata("coder_agent_os_invalid",
                "A coder_agent os is not linux, darwin or windows",
                """
                The provider accepts only `linux`, `darwin` and `windows` as an agent's `os` (exactly, \
                in lower case) and fails `terraform plan` when Coder imports the template ("expected os \
                to be one of ...").
                """, AGENT, IMPORT, "0.5.0"), Resource.Mode.MANAGED, "coder_agent",
                oneOf("os", List.of("linux", "darwin", "windows"), "expected os to be one of the provider's values")),
            new ProviderCheckRule(metadata("coder_agent_arch_invalid",
                "A coder_agent arch is not amd64, armv7 or arm64",
                """
                The provider accepts only `amd64`, `armv7` and `arm64` as an agent's `arch` (not \
                `x86_64` or `aarch64`) and fails `terraform plan` when Coder imports the template \
                ("expected arch to be one of ...").
                """, AGENT, IMPORT, "0.5.0"), Resource.Mode.MANAGED, "coder_agent",
                oneOf("arch", List.of("amd64", "armv7", "arm64"), "expected arch to be one of the provider's values")),
            new ProviderCheckRule(metadata("coder_agent_auth_invalid",
                "A coder_agent auth is not one of the provider's authentication types",
                """
                The provider accepts only `token`, `google-instance-identity`, \
                `aws-instance-identity` and `azure-instance-identity` as an agent's `auth` and fails \
                `terraform plan` when Coder imports the template ("expected auth to be one of ...").
                """, AGENT, IMPORT, "0.5.0"), Resource.Mode.MANAGED, "coder_agent",
                oneOf("auth", List.of("token", "google-instance-identity", "aws-instance-identity",
                    "azure-instance-identity"), "expected auth to be one of the provider's values")),
            new ProviderCheckRule(metadata("coder_agent_metadata_key_duplicate",
                "Two metadata blocks of a coder_agent have the same key",
                """
                Each `metadata` block of a `coder_agent` needs its own `key`: the provider compares \
                them when it plans the agent and fails `terraform plan` when Coder imports the \
                template ("duplicate agent metadata key"). Keys not known statically, and blocks made \
                by `dynamic "metadata"`, are not checked.
                """, AGENT, IMPORT, "0.12.3"), Resource.Mode.MANAGED, "coder_agent", (eval, p) -> {
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    for (var block : p.resource().blocks("metadata")) {
                        String key = StaticEval.string(eval.nested(p, block, "key"));
                        if (key != null && !seen.add(key)) {
                            return new ProviderCheckRule.Problem("metadata", "metadata key \"" + key + "\" of "
                                + p.address() + " is used by an earlier metadata block: duplicate agent metadata key",
                                null, block.body().attribute("key").range());
                        }
                    }
                    return null;
                }),
            new ProviderCheckRule(metadata("coder_env_merge_strategy_invalid",
                "A coder_env merge_strategy is not replace, append, prepend or error",
                """
                The provider accepts only `replace`, `append`, `prepend` and `error` as a \
                `coder_env`'s `merge_strategy` (added in provider 2.15.0) and fails `terraform plan` \
                when Coder imports the template ("expected merge_strategy to be one of ...").
                """, ENV, IMPORT, "2.15.0"), Resource.Mode.MANAGED, "coder_env",
                oneOf("merge_strategy", List.of("replace", "append", "prepend", "error"),
                    "expected merge_strategy to be one of the provider's values")));
    }
}
