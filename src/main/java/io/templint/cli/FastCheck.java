package io.templint.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The start path of the commonest command line, {@code templint check [OPTIONS] PATH...}, without
 * picocli. picocli's classes are compiled for Java 5, which no class-data-sharing archive or AOT
 * cache can hold, so building its command model costs every run about 100 ms of CPU in class
 * loading, old-style verification and interpretation (a quarter of a small check); a check that a
 * pre-commit hook runs on one template should not pay that.
 *
 * <p>{@link #read} fills a {@link CheckCommand} exactly as picocli would, for the argument lists it
 * fully understands: {@code check} first, then paths and the options of {@link CheckCommand} as
 * {@code --name value}, {@code --name=value} or {@code -x value} (flags alone), each at most once,
 * {@code --} once, at least one path. For anything else (help, version, another command, an
 * unknown or repeated option, a short option written another way, a value that is empty or starts
 * with {@code -}, a value picocli's converter would reject, no path) it returns null and the caller
 * goes the full picocli way, so that every message, help text and exit status stays picocli's.
 * The options are the same annotations' names; {@code FastCheckTest} checks this table against
 * them and compares both ways on many argument lists.
 */
final class FastCheck {

    /** Every option name of {@link CheckCommand} (without help and version) and the field it sets. */
    static final Map<String, String> FIELDS = Map.ofEntries(
        Map.entry("--format", "format"),
        Map.entry("-o", "output"), Map.entry("--output", "output"),
        Map.entry("--fail-on", "failOn"),
        Map.entry("--coder-version", "coderVersion"),
        Map.entry("--kind", "kind"),
        Map.entry("--config", "config"),
        Map.entry("--no-config", "noConfig"),
        Map.entry("--root", "root"),
        Map.entry("--module-catalog", "moduleCatalog"),
        Map.entry("--baseline", "baseline"),
        Map.entry("--write-baseline", "writeBaseline"),
        Map.entry("-q", "quiet"), Map.entry("--quiet", "quiet"),
        Map.entry("--fix", "fix"),
        Map.entry("--fix-dry-run", "fixDryRun"),
        Map.entry("--no-color", "noColor"),
        Map.entry("-j", "jobs"), Map.entry("--jobs", "jobs"));

    /** The fields of {@link #FIELDS} that are flags (boolean, no value). */
    static final Set<String> FLAGS = Set.of("noConfig", "quiet", "fix", "fixDryRun", "noColor");

    private FastCheck() { }

    /**
     * The {@code check} command {@code args} ({@code @FILE}s already expanded) describe, filled as
     * picocli would fill it; null when the arguments are anything but a plain, valid {@code check}.
     */
    static CheckCommand read(List<String> args, Console console, CliServices services) {
        if (args.isEmpty() || !args.get(0).equals("check")) {
            return null;
        }
        CheckCommand command = new CheckCommand(console, services);
        command.format = "text";         // the annotations' defaultValue
        command.moduleCatalog = "on";
        Set<String> seen = new HashSet<>();
        List<String> paths = new ArrayList<>();
        boolean literal = false;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (literal || !arg.startsWith("-")) {
                if (arg.isEmpty() || literal && arg.equals(ArgumentFiles.END_OF_OPTIONS)) {
                    return null;
                }
                paths.add(arg);
                continue;
            }
            if (arg.equals(ArgumentFiles.END_OF_OPTIONS)) {
                literal = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            String field = FIELDS.get(name);
            if (field == null || !seen.add(field)) {
                return null;
            }
            if (FLAGS.contains(field)) {
                if (value != null) {
                    return null;
                }
                setFlag(command, field);
                continue;
            }
            if (value == null) {
                if (i + 1 == args.size()) {
                    return null;
                }
                value = args.get(++i);
            }
            if (value.isEmpty() || value.startsWith("-") || !setValue(command, field, value)) {
                return null;
            }
        }
        if (paths.isEmpty()) {
            return null;
        }
        command.paths = paths;
        return command;
    }

    /**
     * Runs a command {@link #read} returned as picocli's {@code execute} would: its status, and a
     * failure as the execution exception handler of {@link Cli#commandLine} reports it.
     */
    static int execute(CheckCommand command, Console console) {
        try {
            return command.call();
        } catch (CliException e) {
            return Cli.fail(console, e.getMessage(), null);
        } catch (Exception e) {
            return Cli.fail(console, "internal error: " + Messages.of(e), e);
        }
    }

    private static void setFlag(CheckCommand command, String field) {
        switch (field) {
            case "noConfig" -> command.noConfig = true;
            case "quiet" -> command.quiet = true;
            case "fix" -> command.fix = true;
            case "fixDryRun" -> command.fixDryRun = true;
            case "noColor" -> command.noColor = true;
            default -> throw new IllegalStateException("not a flag: " + field);
        }
    }

    /** Sets a field from its value as picocli's converter would; false when that converter would fail. */
    private static boolean setValue(CheckCommand command, String field, String value) {
        switch (field) {
            case "format" -> command.format = value;
            case "output" -> command.output = value;
            case "coderVersion" -> command.coderVersion = value;
            case "config" -> command.config = value;
            case "root" -> command.root = value;
            case "moduleCatalog" -> command.moduleCatalog = value;
            case "baseline" -> command.baseline = value;
            case "writeBaseline" -> command.writeBaseline = value;
            case "failOn" -> {   // as FailOnConverter, which would load picocli's interfaces
                try {
                    command.failOn = OptionValues.failOn(value);
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
            case "kind" -> {     // as KindConverter
                try {
                    command.kind = OptionValues.kind(value);
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
            case "jobs" -> {     // as picocli's Integer converter (Integer.valueOf), digits only
                for (int i = 0; i < value.length(); i++) {
                    if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                        return false;
                    }
                }
                try {
                    command.jobs = Integer.valueOf(value);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            default -> throw new IllegalStateException("not an option with a value: " + field);
        }
        return true;
    }
}
