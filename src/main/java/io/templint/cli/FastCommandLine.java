package io.templint.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * The start path of the commonest command lines, {@code templint check [OPTIONS] PATH...} and
 * {@code templint parse [OPTIONS] FILE...}, without picocli. picocli's classes are compiled for Java
 * 5, which no class-data-sharing archive or AOT cache can hold, so building its command model costs
 * every run about 100 ms of CPU in class loading, old-style verification and interpretation (a
 * quarter of a small check); a check that a pre-commit hook runs on one template should not pay
 * that, nor a parse of a list of files.
 *
 * <p>{@link #read} fills the command exactly as picocli would, for the argument lists it fully
 * understands: the command's name first, then operands and the options of the command's
 * {@link Table} as {@code --name value}, {@code --name=value} or {@code -x value} (flags alone),
 * each at most once, {@code --} once, at least one operand. For anything else (help, version,
 * another command, an unknown or repeated option, a short option written another way, a value that
 * is empty or starts with {@code -}, a value picocli's converter would reject, no operand) it
 * returns null and the caller goes the full picocli way, so that every message, help text and exit
 * status stays picocli's. The tables hold the same annotations' names; {@code FastCommandLineTest}
 * checks them against the annotations and compares both ways on many argument lists.
 */
final class FastCommandLine {

    /**
     * One command the reader knows: its option names, the field each sets, which are flags, and how
     * a value is set as picocli's converter would set it.
     *
     * @param <C> the command
     */
    abstract static class Table<C extends Callable<Integer>> {

        /** Every option name of the command (without help and version) and the field it sets. */
        final Map<String, String> fields;

        /** The fields of {@link #fields} that are flags (boolean, no value). */
        final Set<String> flags;

        Table(Map<String, String> fields, Set<String> flags) {
            this.fields = fields;
            this.flags = flags;
        }

        /** A new command with the annotations' default values. */
        abstract C create(Console console, CliServices services);

        /** Sets {@code field} to true ({@code value} null) or from {@code value}; false when picocli would reject it. */
        abstract boolean set(C command, String field, String value);

        /** Sets the operands (at least one). */
        abstract void operands(C command, List<String> operands);
    }

    /** {@link CheckCommand}. */
    static final Table<CheckCommand> CHECK = new Table<>(Map.ofEntries(
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
            Map.entry("-j", "jobs"), Map.entry("--jobs", "jobs")),
        Set.of("noConfig", "quiet", "fix", "fixDryRun", "noColor")) {

        @Override
        CheckCommand create(Console console, CliServices services) {
            CheckCommand command = new CheckCommand(console, services);
            command.format = "text";
            command.moduleCatalog = "on";
            return command;
        }

        @Override
        boolean set(CheckCommand command, String field, String value) {
            switch (field) {
                case "noConfig" -> command.noConfig = true;
                case "quiet" -> command.quiet = true;
                case "fix" -> command.fix = true;
                case "fixDryRun" -> command.fixDryRun = true;
                case "noColor" -> command.noColor = true;
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
                case "jobs" -> {
                    command.jobs = integer(value);
                    return command.jobs != null;
                }
                default -> throw new IllegalStateException("not an option of check: " + field);
            }
            return true;
        }

        @Override
        void operands(CheckCommand command, List<String> operands) {
            command.paths = operands;
        }
    };

    /** {@link ParseCommand}. */
    static final Table<ParseCommand> PARSE = new Table<>(Map.of(
            "--format", "format",
            "--no-color", "noColor",
            "-j", "jobs", "--jobs", "jobs"),
        Set.of("noColor")) {

        @Override
        ParseCommand create(Console console, CliServices services) {
            ParseCommand command = new ParseCommand(console);
            command.format = "text";
            return command;
        }

        @Override
        boolean set(ParseCommand command, String field, String value) {
            switch (field) {
                case "noColor" -> command.noColor = true;
                case "format" -> command.format = value;
                case "jobs" -> {
                    command.jobs = integer(value);
                    return command.jobs != null;
                }
                default -> throw new IllegalStateException("not an option of parse: " + field);
            }
            return true;
        }

        @Override
        void operands(ParseCommand command, List<String> operands) {
            command.files = operands;
        }
    };

    private FastCommandLine() { }

    /** The table of the command named {@code name}, or null when the reader does not know it. */
    static Table<?> table(String name) {
        return switch (name) {
            case "check" -> CHECK;
            case "parse" -> PARSE;
            default -> null;
        };
    }

    /**
     * The command {@code args} ({@code @FILE}s already expanded) describe, filled as picocli would
     * fill it; null when the arguments are anything but a plain, valid command line of a command
     * that has a {@link Table}.
     */
    static Callable<Integer> read(List<String> args, Console console, CliServices services) {
        Table<?> table = args.isEmpty() ? null : table(args.get(0));
        return table == null ? null : read(table, args, console, services);
    }

    private static <C extends Callable<Integer>> C read(Table<C> table, List<String> args, Console console,
            CliServices services) {
        C command = table.create(console, services);
        Set<String> seen = new HashSet<>();
        List<String> operands = new ArrayList<>();
        boolean literal = false;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (literal || !arg.startsWith("-")) {
                if (arg.isEmpty() || literal && arg.equals(ArgumentFiles.END_OF_OPTIONS)) {
                    return null;
                }
                operands.add(arg);
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
            String field = table.fields.get(name);
            if (field == null || !seen.add(field)) {
                return null;
            }
            if (table.flags.contains(field)) {
                if (value != null) {
                    return null;
                }
                table.set(command, field, null);
                continue;
            }
            if (value == null) {
                if (i + 1 == args.size()) {
                    return null;
                }
                value = args.get(++i);
            }
            if (value.isEmpty() || value.startsWith("-") || !table.set(command, field, value)) {
                return null;
            }
        }
        if (operands.isEmpty()) {
            return null;
        }
        table.operands(command, operands);
        return command;
    }

    /**
     * Runs a command {@link #read} returned as picocli's {@code execute} would: its status, and a
     * failure as the execution exception handler of {@link Cli#commandLine} reports it.
     */
    static int execute(Callable<Integer> command, Console console) {
        try {
            return command.call();
        } catch (CliException e) {
            return Cli.fail(console, e.getMessage(), null);
        } catch (Exception e) {
            return Cli.fail(console, "internal error: " + Messages.of(e), e);
        }
    }

    /**
     * An {@code Integer} option's value as picocli's converter reads it ({@code Integer.valueOf}),
     * for digits only (a sign, spaces or another base go to picocli); null otherwise.
     */
    private static Integer integer(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
