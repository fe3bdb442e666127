package io.templint.rules.coder;

import static io.templint.rules.coder.ProviderCheckRule.metadata;
import static io.templint.rules.coder.ProviderCheckRule.oneOf;

import io.templint.api.Severity;
import io.templint.eval.Value;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.rules.Rule;
import io.templint.rules.RuleMetadata;
import io.templint.terraform.Resource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Coder provider's checks of {@code coder_agent} (besides os, arch, auth and metadata keys),
 * {@code coder_script}, {@code coder_metadata}, {@code coder_workspace_preset},
 * {@code coder_devcontainer}, {@code coder_external_auth} and {@code coder_secret}, each decided per
 * planned instance on statically known values, with the provider release that added it.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class ProviderMiscChecks {

    private static final String DOCS = "https://registry.terraform.io/providers/coder/coder/latest/docs/";
    private static final String AGENT = DOCS + "resources/agent";
    private static final String SCRIPT = DOCS + "resources/script";
    private static final String METADATA = DOCS + "resources/metadata";
    private static final String PRESET = DOCS + "data-sources/workspace_preset";
    private static final String IMPORT = RuleMetadata.AT_IMPORT;

    private ProviderMiscChecks() { }

    /** The rules, in listing order. */
    public static List<Rule> rules() {
        return List.of(
            new ProviderCheckRule(metadata("coder_agent_api_key_scope_invalid",
                "A coder_agent api_key_scope is not all or no_user_data",
                """
                The provider accepts only `all` and `no_user_data` as an agent's `api_key_scope` \
                (added in provider 2.4.2) and fails `terraform plan` when Coder imports the template \
                ("expected api_key_scope to be one of ["all" "no_user_data"]").
                """, AGENT, IMPORT, "2.4.2"), Resource.Mode.MANAGED, "coder_agent",
                oneOf("api_key_scope", List.of("all", "no_user_data"),
                    "expected api_key_scope to be one of the provider's values")),
            new ProviderCheckRule(metadata("coder_agent_startup_script_behavior_invalid",
                "A coder_agent startup_script_behavior is not blocking or non-blocking",
                """
                The provider accepts only `blocking` and `non-blocking` as an agent's \
                `startup_script_behavior` and fails `terraform plan` when Coder imports the template \
                ("expected startup_script_behavior to be one of ["blocking" "non-blocking"]").
                """, AGENT, IMPORT, "0.8.3"), Resource.Mode.MANAGED, "coder_agent",
                oneOf("startup_script_behavior", List.of("blocking", "non-blocking"),
                    "expected startup_script_behavior to be one of the provider's values")),
            new ProviderCheckRule(metadata("coder_agent_connection_timeout_negative",
                "A coder_agent connection_timeout is negative",
                """
                An agent's `connection_timeout` is a number of seconds, 0 meaning never time out; the \
                provider refuses a negative one and fails `terraform plan` when Coder imports the \
                template ("expected connection_timeout to be at least (0)").
                """, AGENT, IMPORT, "0.6.7"), Resource.Mode.MANAGED, "coder_agent", (eval, p) -> {
                    BigDecimal v = number(eval.argument(p, "connection_timeout"));
                    if (v == null || v.signum() >= 0) {
                        return null;
                    }
                    return new ProviderCheckRule.Problem("connection_timeout", "connection_timeout of " + p.address()
                        + " is " + v.toPlainString() + ": expected connection_timeout to be at least (0)", null);
                }),
            new ProviderCheckRule(metadata("coder_agent_resources_monitoring_invalid",
                "A coder_agent resources_monitoring has a threshold outside 0-100 or a bad volume path",
                """
                In an agent's `resources_monitoring`, the provider requires each `memory` and `volume` \
                `threshold` to be between 0 and 100, each volume `path` to be a non-empty absolute \
                path, and the volume paths to differ; otherwise `terraform plan` fails when Coder \
                imports the template ("expected threshold to be in the range (0 - 100)", "volume path \
                must be an absolute path", "duplicate volume path"). A path absolute on Linux or on \
                Windows (the provisioner's system decides) is accepted. Added in provider 2.2.0.
                """, AGENT, IMPORT, "2.2.0"), Resource.Mode.MANAGED, "coder_agent", ProviderMiscChecks::monitoring),
            new ProviderCheckRule(metadata("coder_script_cron_invalid",
                "A coder_script cron is not a cron expression the provider parses",
                """
                The provider parses a script's `cron` with robfig/cron's six-field parser (seconds, \
                minutes, hours, day of month, month, and an optional day of week; or a descriptor such \
                as `@daily` or `@every 1h30m`) and fails `terraform plan` when Coder imports the \
                template ("... is not a valid cron expression"). A five-field expression is read with \
                seconds first: the provider accepts it with a warning that Coder's format has six \
                fields, reported here as a warning. An expression with a `TZ=` prefix, and an empty \
                `cron` (no schedule), are not checked.
                """, SCRIPT, IMPORT, "0.12.0"), Resource.Mode.MANAGED, "coder_script", ProviderMiscChecks::scriptCron),
            new ProviderCheckRule(new RuleMetadata("coder_script_cron_five_fields", Severity.WARNING,
                "A coder_script cron has five fields, read with seconds first",
                """
                Coder's script schedules have six fields, seconds first (`0 */5 * * * *`). A \
                five-field Unix expression such as `*/5 * * * *` is still accepted, read as seconds, \
                minutes, hours, day of month and month, so it runs on a different schedule than \
                intended; the provider warns when Coder imports the template ("appears to be in Unix \
                5-field format"). Prefix it with `0 `.
                """, SCRIPT).checkedBy(IMPORT, "2.9.0"), Resource.Mode.MANAGED, "coder_script", (eval, p) -> {
                    Value v = eval.argument(p, "cron");
                    String cron = v.isNull() ? null : StaticEval.string(v);
                    String warning = cron == null ? null : fiveFieldWarning(cron);
                    return warning == null ? null
                        : new ProviderCheckRule.Problem("cron", "cron of " + p.address() + ": " + warning, null);
                }),
            new ProviderCheckRule(metadata("coder_script_timeout_invalid",
                "A coder_script timeout is set below 1",
                """
                A script's `timeout` defaults to 0 (no timeout), but a value written in the template \
                must be at least 1: the provider fails `terraform plan` when Coder imports the template \
                ("expected timeout to be at least (1)"). Remove the argument for no timeout.
                """, SCRIPT, IMPORT, "0.12.0"), Resource.Mode.MANAGED, "coder_script", (eval, p) -> {
                    BigDecimal v = number(eval.argument(p, "timeout"));
                    if (v == null || v.compareTo(BigDecimal.ONE) >= 0) {
                        return null;
                    }
                    return new ProviderCheckRule.Problem("timeout", "timeout of " + p.address() + " is "
                        + v.toPlainString() + ": expected timeout to be at least (1), got " + v.toPlainString(), null);
                }),
            new ProviderCheckRule(new RuleMetadata("coder_script_without_trigger", Severity.WARNING,
                "A coder_script sets none of run_on_start, run_on_stop and cron",
                """
                A script runs at agent start (`run_on_start`), at stop (`run_on_stop`) or on a \
                schedule (`cron`). When none is set, the provider refuses the script when it creates \
                it, so every workspace build fails (`terraform apply`): "at least one of \
                "run_on_start", "run_on_stop", or "cron" must be set". Coder's import \
                (`terraform plan`) does not catch it, hence a warning.
                """, SCRIPT).checkedBy(RuleMetadata.AT_BUILD, "0.12.1"), Resource.Mode.MANAGED, "coder_script",
                (eval, p) -> {
                    Boolean start = flag(eval, p, "run_on_start");
                    Boolean stop = flag(eval, p, "run_on_stop");
                    Value cron = eval.argument(p, "cron");
                    String cronText = cron.isNull() ? "" : StaticEval.string(cron);
                    if (!Boolean.FALSE.equals(start) || !Boolean.FALSE.equals(stop) || !"".equals(cronText)) {
                        return null;
                    }
                    return new ProviderCheckRule.Problem("script", p.address() + " sets none of run_on_start, "
                        + "run_on_stop and cron: at least one of \"run_on_start\", \"run_on_stop\", or \"cron\" must "
                        + "be set (every workspace build fails)", null,
                        p.resource().declRange());
                }),
            new ProviderCheckRule(new RuleMetadata("coder_script_start_blocks_login_without_run_on_start",
                Severity.WARNING, "A coder_script sets start_blocks_login without run_on_start",
                """
                `start_blocks_login` makes logins wait for a script that runs at agent start, so the \
                provider refuses it unless `run_on_start` is true when it creates the script, and \
                every workspace build fails (`terraform apply`): ""start_blocks_login" can only be \
                set if "run_on_start" is "true"". Coder's import (`terraform plan`) does not \
                catch it, hence a warning.
                """, SCRIPT).checkedBy(RuleMetadata.AT_BUILD, "0.15.0"), Resource.Mode.MANAGED, "coder_script",
                (eval, p) -> {
                    if (!Boolean.TRUE.equals(flag(eval, p, "start_blocks_login"))
                            || !Boolean.FALSE.equals(flag(eval, p, "run_on_start"))) {
                        return null;
                    }
                    return new ProviderCheckRule.Problem("start_blocks_login", p.address() + " sets start_blocks_login "
                        + "without run_on_start: \"start_blocks_login\" can only be set if \"run_on_start\" is \"true\" "
                        + "(every workspace build fails)", null);
                }),
            new ProviderCheckRule(metadata("coder_metadata_key_duplicate",
                "Two item blocks of a coder_metadata have the same key",
                """
                Each `item` block of a `coder_metadata` needs its own `key`: the provider compares them \
                when it plans the resource and fails `terraform plan` when Coder imports the template \
                ("duplicate resource metadata key"). Keys not known statically, and blocks made by \
                `dynamic "item"`, are not checked. Added in provider 2.0 (first release 2.0.1).
                """, METADATA, IMPORT, "2.0.1"), Resource.Mode.MANAGED, "coder_metadata", (eval, p) -> {
                    Set<String> seen = new HashSet<>();
                    for (Block block : p.resource().blocks("item")) {
                        String key = StaticEval.string(eval.nested(p, block, "key"));
                        if (key != null && !seen.add(key)) {
                            return new ProviderCheckRule.Problem("item", "item key \"" + key + "\" of " + p.address()
                                + " is used by an earlier item block: duplicate resource metadata key \"" + key + "\"",
                                null, block.body().attribute("key").range());
                        }
                    }
                    return null;
                }),
            new ProviderCheckRule(metadata("coder_preset_invalid",
                "A coder_workspace_preset has a value the provider refuses",
                """
                The provider checks a `data "coder_workspace_preset"` when Coder imports the template \
                (`terraform plan`) and fails it for: an empty `name` (provider 2.1.3), a `description` over 128 or an `icon` over 256 bytes (2.9.0), a negative \
                `prebuilds.instances` (2.4.0), an `expiration_policy.ttl` other than 0 or 3600 to \
                31536000 seconds (2.5.0), and (2.6.0) a `scheduling.timezone` that is not in the IANA \
                time zone database, a schedule `cron` that is not five fields with minute `*` that \
                robfig/cron parses, or two schedules that overlap ("schedules overlap with each \
                other"). Values not known statically are not checked.
                """, PRESET, IMPORT, "2.1.3"), Resource.Mode.DATA, "coder_workspace_preset", ProviderMiscChecks::preset),
            new ProviderCheckRule(metadata("coder_devcontainer_workspace_folder_empty",
                "A coder_devcontainer workspace_folder is empty",
                """
                The provider requires a `coder_devcontainer`'s `workspace_folder` to be non-empty and \
                fails `terraform plan` when Coder imports the template ("expected "workspace_folder" \
                not to be an empty string"). Added in provider 2.3.0.
                """, DOCS + "resources/devcontainer", IMPORT, "2.3.0"), Resource.Mode.MANAGED, "coder_devcontainer",
                (eval, p) -> "".equals(ProviderCheckRule.known(eval, p, "workspace_folder"))
                    ? new ProviderCheckRule.Problem("workspace_folder", "workspace_folder of " + p.address()
                        + " is empty: expected \"workspace_folder\" not to be an empty string", null)
                    : null),
            new ProviderCheckRule(metadata("coder_external_auth_id_empty",
                "A coder_external_auth id is empty",
                """
                A `data "coder_external_auth"` names an external auth provider of the Coder deployment \
                by `id`; the provider refuses an empty one when it reads the data source during \
                `terraform plan`, so Coder's import fails ("id is required"). Added in provider 0.12.2.
                """, DOCS + "data-sources/external_auth", IMPORT, "0.12.2"), Resource.Mode.DATA,
                "coder_external_auth", (eval, p) -> "".equals(ProviderCheckRule.known(eval, p, "id"))
                    ? new ProviderCheckRule.Problem("id", "id of " + p.address() + " is empty: id is required", null)
                    : null),
            new ProviderCheckRule(metadata("coder_secret_invalid",
                "A coder_secret sets neither or both of env and file, or an invalid one",
                """
                A `data "coder_secret"` (provider 2.16.0) names exactly one of `env` (a POSIX \
                environment variable name, `^[a-zA-Z_][a-zA-Z0-9_]*$`) and `file` (a path starting \
                with `/` or `~/`); the provider fails `terraform plan` when Coder imports the template \
                otherwise ("exactly one of `env` or `file` must be set", "`env` must be a \
                POSIX-compliant identifier", "`file` must start with `/` or `~/`").
                """, DOCS + "data-sources/secret", IMPORT, "2.16.0"), Resource.Mode.DATA, "coder_secret",
                ProviderMiscChecks::secret),
            new PresetNameDuplicateRule(),
            new PresetParameterUnknownRule(),
            new MetadataResourceDuplicateRule());
    }

    // ---- coder_agent ----------------------------------------------------------------------------

    private static ProviderCheckRule.Problem monitoring(StaticEval eval, StaticEval.Planned p) {
        for (Block rm : p.resource().blocks("resources_monitoring")) {
            for (Block memory : rm.body().blocks("memory")) {
                ProviderCheckRule.Problem t = threshold(eval, p, memory, "memory");
                if (t != null) {
                    return t;
                }
            }
            Set<String> paths = new HashSet<>();
            for (Block volume : rm.body().blocks("volume")) {
                ProviderCheckRule.Problem t = threshold(eval, p, volume, "volume");
                if (t != null) {
                    return t;
                }
                Attribute a = volume.body().attribute("path");
                String path = a == null ? null : StaticEval.string(eval.nested(p, volume, "path"));
                if (path == null) {
                    continue;
                }
                String why = path.isEmpty() ? "volume path must not be empty"
                    : !absolute(path) ? "volume path must be an absolute path"
                    : !paths.add(path) ? "duplicate volume path \"" + path + "\"" : null;
                if (why != null) {
                    return new ProviderCheckRule.Problem("resources_monitoring", "volume path \"" + path + "\" of "
                        + p.address() + ": " + why, null, a.range());
                }
            }
        }
        return null;
    }

    private static ProviderCheckRule.Problem threshold(StaticEval eval, StaticEval.Planned p, Block b, String what) {
        Attribute a = b.body().attribute("threshold");
        BigDecimal v = a == null ? null : number(eval.nested(p, b, "threshold"));
        if (v == null || (v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0)) {
            return null;
        }
        return new ProviderCheckRule.Problem("resources_monitoring", what + " threshold of " + p.address() + " is "
            + v.toPlainString() + ": expected threshold to be in the range (0 - 100)", null, a.range());
    }

    /** Go's {@code filepath.IsAbs} on Linux or on Windows (the provisioner's system is not known). */
    static boolean absolute(String path) {
        return path.startsWith("/") || path.startsWith("\\\\")
            || path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(0) < 128
                && path.charAt(1) == ':' && (path.charAt(2) == '\\' || path.charAt(2) == '/');
    }

    // ---- coder_script ---------------------------------------------------------------------------

    private static ProviderCheckRule.Problem scriptCron(StaticEval eval, StaticEval.Planned p) {
        Value v = eval.argument(p, "cron");
        String cron = v.isNull() ? null : StaticEval.string(v);
        if (cron == null || cron.isEmpty()) {
            return null; // "" is the provider's "no schedule"; not known is not checked
        }
        String error = CronSpec.check(cron, CronSpec.SCRIPT);
        if (error == CronSpec.VALID) {
            return null;
        }
        if (error.isEmpty()) {
            return null;
        }
        return new ProviderCheckRule.Problem("cron", "cron of " + p.address() + ": " + cron
            + " is not a valid cron expression: " + error, null);
    }

    /** The five-field warning the provider gives for a cron it accepts; null when none. */
    static String fiveFieldWarning(String cron) {
        if (CronSpec.fields(cron).size() == 5
                && CronSpec.check(cron, new CronSpec.Parser(false, true, true)) == CronSpec.VALID
                && CronSpec.check(cron, CronSpec.SCRIPT) == CronSpec.VALID) {
            return "The cron expression '" + cron + "' appears to be in Unix 5-field format. Coder uses 6-field format "
                + "(seconds minutes hours day month day-of-week). Consider prefixing with '0 ' to run at the start of "
                + "each minute: '0 " + cron + "'";
        }
        return null;
    }

    private static Boolean flag(StaticEval eval, StaticEval.Planned p, String name) {
        Value v = eval.argument(p, name);
        return v.isNull() ? Boolean.FALSE : StaticEval.bool(v);
    }

    // ---- coder_workspace_preset ------------------------------------------------------------------

    private static final BigDecimal TTL_MIN = BigDecimal.valueOf(3600);
    private static final BigDecimal TTL_MAX = BigDecimal.valueOf(31_536_000);

    private static ProviderCheckRule.Problem preset(StaticEval eval, StaticEval.Planned p) {
        String name = ProviderCheckRule.known(eval, p, "name");
        if ("".equals(name)) {
            return new ProviderCheckRule.Problem("name", "name of " + p.address()
                + " is empty: expected \"name\" not to be an empty string", "2.1.3");
        }
        for (String[] limit : new String[][] {{"description", "128"}, {"icon", "256"}}) {
            String v = ProviderCheckRule.known(eval, p, limit[0]);
            int max = Integer.parseInt(limit[1]);
            if (v != null && v.getBytes(StandardCharsets.UTF_8).length > max) {
                return new ProviderCheckRule.Problem(limit[0], limit[0] + " of " + p.address() + " has "
                    + v.getBytes(StandardCharsets.UTF_8).length + " bytes: expected length of " + limit[0]
                    + " to be in the range (0 - " + max + ")", "2.9.0");
            }
        }
        for (Block prebuilds : p.resource().blocks("prebuilds")) {
            BigDecimal instances = number(eval.nested(p, prebuilds, "instances"));
            if (instances != null && instances.signum() < 0) {
                return new ProviderCheckRule.Problem("prebuilds", "prebuilds instances of " + p.address() + " is "
                    + instances.toPlainString() + ": expected instances to be at least (0)", "2.4.0",
                    prebuilds.body().attribute("instances").range());
            }
            for (Block policy : prebuilds.body().blocks("expiration_policy")) {
                BigDecimal ttl = number(eval.nested(p, policy, "ttl"));
                if (ttl != null && ttl.signum() != 0 && (ttl.compareTo(TTL_MIN) < 0 || ttl.compareTo(TTL_MAX) > 0)) {
                    return new ProviderCheckRule.Problem("prebuilds", "expiration_policy ttl of " + p.address()
                        + ": \"ttl\" must be 0 or between 3600 and 31536000, got " + ttl.toPlainString(), "2.5.0",
                        policy.body().attribute("ttl").range());
                }
            }
            for (Block scheduling : prebuilds.body().blocks("scheduling")) {
                ProviderCheckRule.Problem s = scheduling(eval, p, scheduling);
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    private static ProviderCheckRule.Problem scheduling(StaticEval eval, StaticEval.Planned p, Block scheduling) {
        Attribute tz = scheduling.body().attribute("timezone");
        String zone = tz == null ? null : StaticEval.string(eval.nested(p, scheduling, "timezone"));
        if (zone != null && !timeZoneKnown(zone)) {
            return new ProviderCheckRule.Problem("prebuilds", "timezone of " + p.address() + ": failed to load "
                + "timezone \"" + zone + "\": unknown time zone " + zone, "2.6.0", tz.range());
        }
        List<String> crons = new ArrayList<>();
        boolean allKnown = true;
        for (Block schedule : scheduling.body().blocks("schedule")) {
            Attribute a = schedule.body().attribute("cron");
            String cron = a == null ? null : StaticEval.string(eval.nested(p, schedule, "cron"));
            if (cron == null) {
                allKnown = false;
                continue;
            }
            String error = CronSpec.checkPrebuild(cron);
            if (error != null && !error.isEmpty()) {
                return new ProviderCheckRule.Problem("prebuilds", "schedule cron \"" + cron + "\" of " + p.address()
                    + ": " + error, "2.6.0", a.range());
            }
            if (error != null) {
                allKnown = false;
            }
            crons.add(cron);
        }
        String overlap = allKnown ? CronSpec.overlap(crons) : null;
        if (overlap != null) {
            return new ProviderCheckRule.Problem("prebuilds", "prebuild schedules of " + p.address()
                + " overlap with each other: " + overlap, "2.6.0", scheduling.typeRange());
        }
        return null;
    }

    private static final Pattern GO_ONLY_ZONE = Pattern.compile("(?:posix/|right/)?(?:Factory|posixrules|localtime)");

    /**
     * Whether Go's {@code time.LoadLocation} may load {@code zone}: "" and "UTC" and "Local", an IANA name
     * Java's time zone database knows, or a name only Go's database files hold. An unknown name is one
     * neither database has.
     */
    static boolean timeZoneKnown(String zone) {
        if (zone.isEmpty() || zone.equals("UTC") || zone.equals("Local") || GO_ONLY_ZONE.matcher(zone).matches()) {
            return true;
        }
        String bare = zone.startsWith("posix/") ? zone.substring(6) : zone.startsWith("right/") ? zone.substring(6)
            : zone;
        return ZoneId.getAvailableZoneIds().contains(bare) || bare.matches("(?:SystemV/|Etc/).*")
            || bare.equals("GMT0") || bare.equals("GMT+0") || bare.equals("GMT-0");
    }

    // ---- coder_secret ---------------------------------------------------------------------------

    private static final Pattern POSIX_ENV = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private static ProviderCheckRule.Problem secret(StaticEval eval, StaticEval.Planned p) {
        String env = optionalString(eval, p, "env");
        String file = optionalString(eval, p, "file");
        if (env != null && !env.isEmpty() && !POSIX_ENV.matcher(env).matches()) {
            return new ProviderCheckRule.Problem("env", "env of " + p.address() + ": `env` must be a POSIX-compliant "
                + "identifier matching \"^[a-zA-Z_][a-zA-Z0-9_]*$\"; got \"" + env + "\"", null);
        }
        if (file != null && !file.isEmpty() && !file.startsWith("/") && !file.startsWith("~/")) {
            return new ProviderCheckRule.Problem("file", "file of " + p.address() + ": `file` must start with `/` or "
                + "`~/`; got \"" + file + "\"", null);
        }
        if (env != null && file != null && env.isEmpty() == file.isEmpty()) {
            String where = p.resource().attribute("env") != null ? "env" : "file";
            return new ProviderCheckRule.Problem(where, p.address() + (env.isEmpty() ? " sets neither env nor file"
                : " sets both env and file") + ": exactly one of `env` or `file` must be set", null,
                p.resource().attribute(where) == null ? p.resource().declRange() : null);
        }
        return null;
    }

    /** An optional string argument: "" when not set, its value when known, null when not known. */
    private static String optionalString(StaticEval eval, StaticEval.Planned p, String name) {
        Value v = eval.argument(p, name);
        return v.isNull() ? "" : StaticEval.string(v);
    }

    // ---- values ---------------------------------------------------------------------------------

    /** A statically known number (or numeric string), or null. */
    static BigDecimal number(Value v) {
        String s = v.isNull() ? null : StaticEval.string(v);
        if (s == null) {
            return null;
        }
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
