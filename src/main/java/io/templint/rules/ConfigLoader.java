package io.templint.rules;

import io.templint.api.Severity;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import io.templint.terraform.source.TemplateSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code .templint.hcl}, written in HCL native syntax:
 * <pre>
 * config {
 *   coder_version = "2.27"      # the Coder release to target
 *   fail_on       = "warning"   # error | warning | notice | never
 *   exclude       = ["test/fixtures", "**&#47;testdata"]   # folders that are not checked
 * }
 * rule "unused_variable" { enabled = false }
 * rule "coder_app_slug_invalid" { severity = "notice" }
 * paths "registry/*&#47;modules/**" {
 *   kind = "module"                                      # template | module | auto
 *   rule "unused_variable" { enabled = true }            # over the top-level rule settings
 * }
 * </pre>
 * Values must be literals. Every problem (syntax, unknown block, attribute or rule id, bad value,
 * duplicate) is a {@link ConfigException} pointing at the offending place.
 */
public final class ConfigLoader {

    /** The configuration file's name. */
    public static final String FILE_NAME = ".templint.hcl";

    /** Largest configuration file read. */
    static final long MAX_BYTES = 1024 * 1024;

    private static final Pattern CODER_VERSION = Pattern.compile("\\d+\\.\\d+(?:\\.\\d+)?");

    private final RuleRegistry registry;

    private ConfigLoader(RuleRegistry registry) {
        this.registry = registry;
    }

    /**
     * The configuration that applies to the template folder at {@code template} (a directory or a
     * file in it), for a command line run in a repository: the nearest {@value #FILE_NAME} in it or
     * its parents, stopping after a directory holding {@code .git} and at the filesystem root. Empty
     * when there is none. The library never calls this: an embedder names its configuration.
     *
     * <p>A {@value #FILE_NAME} that is a symbolic link is followed only to a file inside the
     * repository (the nearest directory holding {@code .git} at or above the link's folder, else
     * that folder): a checked-out template must not make templint read a file elsewhere.
     *
     * @throws ConfigException when the file found is a symbolic link to a file outside the
     *         repository, or to no file
     */
    public static Optional<Path> discover(Path template) throws ConfigException {
        Path dir = template.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        while (dir != null) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isSymbolicLink(candidate)) {
                requireInsideRepository(candidate, dir);
                return Optional.of(candidate);
            }
            if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.of(candidate);
            }
            if (TemplateSource.isRepositoryRoot(dir)) {
                return Optional.empty();
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /** Fails unless the link {@code link} in {@code dir} leads to a regular file inside the repository. */
    private static void requireInsideRepository(Path link, Path dir) throws ConfigException {
        Path root = TemplateSource.repositoryRoot(dir);
        Path target;
        Path realRoot;
        try {
            target = link.toRealPath();
            realRoot = root.toRealPath();
        } catch (IOException | SecurityException e) {
            throw new ConfigException(link.toString(), 1, 1, "not read: a symbolic link to no readable file");
        }
        if (!target.startsWith(realRoot)) {
            throw new ConfigException(link.toString(), 1, 1, "not read: a symbolic link to a file outside the "
                + "repository " + root + " (the configuration of a checked-out template stays inside it)");
        }
        if (!Files.isRegularFile(target)) {
            throw new ConfigException(link.toString(), 1, 1, "not read: a symbolic link to no regular file");
        }
    }

    /** Reads the configuration file {@code file}; rule ids are checked against {@code registry}. */
    public static TemplintConfig load(Path file, RuleRegistry registry) throws ConfigException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(name, 1, 1, "configuration file is larger than " + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(name, 1, 1, "cannot read configuration file: " + e.getMessage());
        }
        return parse(new SourceFile(name, bytes), registry);
    }

    /** Reads configuration text; rule ids are checked against {@code registry}. */
    public static TemplintConfig parse(SourceFile source, RuleRegistry registry) throws ConfigException {
        HclFile file = Hcl.parseNative(source, ParseOptions.DEFAULTS);
        for (Diagnostic d : file.diagnostics()) {
            if (d.isError()) {
                Range at = d.subject() != null ? d.subject() : Range.at(source.name(), io.templint.hcl.Pos.START);
                throw new ConfigException(at, "syntax error: " + d.summary()
                    + (d.detail().isEmpty() ? "" : ": " + d.detail()));
            }
        }
        return new ConfigLoader(registry).read(file);
    }

    private TemplintConfig read(HclFile file) throws ConfigException {
        String coderVersion = null;
        FailOn failOn = null;
        List<PathPattern> exclude = List.of();
        Block configBlock = null;
        Map<String, RuleConfig> rules = new LinkedHashMap<>();
        List<PathConfig> paths = new ArrayList<>();
        for (BodyItem item : file.body().items()) {
            if (item instanceof Attribute a) {
                throw new ConfigException(a.nameRange(), "unexpected attribute '" + a.name()
                    + "' at the top level (settings go in a config { } block)");
            }
            Block b = (Block) item;
            switch (b.type()) {
                case "config" -> {
                    expectLabels(b, 0);
                    if (configBlock != null) {
                        throw new ConfigException(b.typeRange(), "duplicate config block (the first is at line "
                            + configBlock.range().startLine() + ")");
                    }
                    configBlock = b;
                    for (Attribute a : attributesOnly(b)) {
                        switch (a.name()) {
                            case "coder_version" -> coderVersion = coderVersion(a);
                            case "fail_on" -> failOn = failOn(a);
                            case "exclude" -> exclude = exclude(a);
                            default -> throw unknownAttribute(a, "config", "coder_version", "fail_on", "exclude");
                        }
                    }
                }
                case "rule" -> addRule(rules, b);
                case "paths" -> paths.add(paths(b));
                default -> throw new ConfigException(b.typeRange(), "unknown block type '" + b.type()
                    + "' (expected config, rule or paths)" + didYouMean(b.type(), "config", "rule", "paths"));
            }
        }
        return new TemplintConfig(coderVersion, failOn, rules, file.name(), paths, exclude);
    }

    private void addRule(Map<String, RuleConfig> rules, Block b) throws ConfigException {
        RuleConfig rc = rule(b);
        RuleConfig before = rules.putIfAbsent(rc.id(), rc);
        if (before != null) {
            throw new ConfigException(b.labels().get(0).range(), "rule \"" + rc.id()
                + "\" is configured twice (the first is at line " + before.range().startLine() + ")");
        }
    }

    /** {@code exclude = ["glob", ...]}: the folders that are not checked. */
    private static List<PathPattern> exclude(Attribute a) throws ConfigException {
        if (!(a.expression() instanceof Expression.TupleCons list)) {
            throw new ConfigException(a.expression().range(), "exclude must be a list of folder globs: "
                + "exclude = [\"test/fixtures\", \"**/testdata\"]");
        }
        List<PathPattern> out = new ArrayList<>();
        for (Expression item : list.items()) {
            String glob = literalString(item, "each exclude entry");
            out.add(pattern(glob, item.range()));
        }
        return out;
    }

    private static PathPattern pattern(String glob, Range at) throws ConfigException {
        try {
            return PathPattern.compile(glob);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(at, "bad path pattern \"" + glob + "\": " + e.getMessage());
        }
    }

    private RuleConfig rule(Block b) throws ConfigException {
        expectLabels(b, 1);
        String id = b.label(0);
        Range idRange = b.labels().get(0).range();
        if (EngineRules.SYNTAX.id().equals(id)) {
            throw new ConfigException(idRange, "syntax errors cannot be configured");
        }
        if (!registry.isKnown(id)) {
            String hint = registry.closestId(id).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
            throw new ConfigException(idRange, "unknown rule \"" + id + "\"" + hint);
        }
        Boolean enabled = null;
        Severity severity = null;
        for (Attribute a : attributesOnly(b)) {
            switch (a.name()) {
                case "enabled" -> enabled = bool(a);
                case "severity" -> severity = severity(a);
                default -> throw unknownAttribute(a, "rule", "enabled", "severity");
            }
        }
        return new RuleConfig(id, enabled, severity, b.headerRange());
    }

    /**
     * {@code paths "glob" { kind = "module"  rule "id" { ... } }}: settings of the folders the glob
     * matches.
     */
    private PathConfig paths(Block b) throws ConfigException {
        if (b.labels().size() != 1) {
            Range at = b.labels().isEmpty() ? b.typeRange() : b.labels().get(1).range();
            throw new ConfigException(at, "a paths block takes exactly one label, a folder glob relative to this"
                + " file's folder: paths \"modules/**\" { kind = \"module\" }");
        }
        PathPattern pattern = pattern(b.label(0), b.labels().get(0).range());
        PathConfig.Kind kind = null;
        for (Attribute a : uniqueAttributes(b)) {
            if (!a.name().equals("kind")) {
                throw unknownAttribute(a, "paths", "kind");
            }
            kind = kind(a);
        }
        Map<String, RuleConfig> rules = new LinkedHashMap<>();
        for (Block nested : b.body().blocks()) {
            if (!nested.type().equals("rule")) {
                throw new ConfigException(nested.typeRange(), "unexpected block '" + nested.type() + "' inside paths"
                    + " (expected kind = ... and rule \"id\" { ... } blocks)" + didYouMean(nested.type(), "rule"));
            }
            addRule(rules, nested);
        }
        if (kind == null && rules.isEmpty()) {
            throw new ConfigException(b.typeRange(), "a paths block must set kind = \"template\", \"module\" or"
                + " \"auto\", or hold rule \"id\" { ... } blocks");
        }
        return new PathConfig(pattern, kind, rules, b.headerRange());
    }

    private static PathConfig.Kind kind(Attribute a) throws ConfigException {
        String v = string(a);
        for (PathConfig.Kind k : PathConfig.Kind.values()) {
            if (k.name().toLowerCase(java.util.Locale.ROOT).equals(v)) {
                return k;
            }
        }
        throw new ConfigException(a.expression().range(), "unknown kind \"" + v
            + "\" (expected template, module or auto)");
    }

    private static void expectLabels(Block b, int n) throws ConfigException {
        if (b.labels().size() != n) {
            Range at = b.labels().isEmpty() ? b.typeRange() : b.labels().get(0).range();
            throw new ConfigException(at, "a " + b.type() + " block takes " + (n == 0 ? "no labels"
                : "exactly one label, the rule id: " + b.type() + " \"rule_id\" { ... }"));
        }
    }

    private static Iterable<Attribute> attributesOnly(Block b) throws ConfigException {
        if (!b.body().blocks().isEmpty()) {
            Block nested = b.body().blocks().get(0);
            throw new ConfigException(nested.typeRange(), "unexpected block '" + nested.type() + "' inside "
                + b.type());
        }
        return uniqueAttributes(b);
    }

    private static Iterable<Attribute> uniqueAttributes(Block b) throws ConfigException {
        Map<String, Attribute> seen = new LinkedHashMap<>();
        for (Attribute a : b.body().attributes()) {
            if (seen.putIfAbsent(a.name(), a) != null) {
                throw new ConfigException(a.nameRange(), "attribute '" + a.name() + "' is set twice");
            }
        }
        return seen.values();
    }

    private static ConfigException unknownAttribute(Attribute a, String block, String... expected) {
        return new ConfigException(a.nameRange(), "unknown attribute '" + a.name() + "' in " + block
            + " (expected " + String.join(", ", expected) + ")" + didYouMean(a.name(), expected));
    }

    /** {@code "; did you mean \"x\"?"} for a name close to one of {@code known}, else nothing. */
    private static String didYouMean(String given, String... known) {
        return io.templint.internal.Suggestions.nearestWithin(given, List.of(known), Math.max(1, given.length() / 3))
            .filter(s -> !s.equals(given)).map(s -> "; did you mean \"" + s + "\"?").orElse("");
    }

    private static String coderVersion(Attribute a) throws ConfigException {
        String v = string(a);
        if (!CODER_VERSION.matcher(v).matches()) {
            throw new ConfigException(a.expression().range(), "coder_version must look like \"2.27\", not \""
                + v + "\"");
        }
        return v;
    }

    private static FailOn failOn(Attribute a) throws ConfigException {
        String v = string(a);
        try {
            return FailOn.parse(v);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(a.expression().range(), e.getMessage());
        }
    }

    private static Severity severity(Attribute a) throws ConfigException {
        String v = string(a);
        for (Severity s : Severity.values()) {
            if (s.label().equals(v)) {
                return s;
            }
        }
        throw new ConfigException(a.expression().range(), "unknown severity \"" + v
            + "\" (expected error, warning or notice)");
    }

    private static String string(Attribute a) throws ConfigException {
        return literalString(a.expression(), a.name());
    }

    private static String literalString(Expression e, String what) throws ConfigException {
        if (e instanceof Expression.Template t && t.isStringLiteral()) {
            return t.literalString();
        }
        if (e instanceof Expression.LiteralValue l && l.value() instanceof String s) {
            return s;
        }
        throw new ConfigException(e.range(), what + " must be a literal string");
    }

    private static boolean bool(Attribute a) throws ConfigException {
        if (a.expression() instanceof Expression.LiteralValue l && l.value() instanceof Boolean b) {
            return b;
        }
        throw new ConfigException(a.expression().range(), a.name() + " must be true or false");
    }
}
