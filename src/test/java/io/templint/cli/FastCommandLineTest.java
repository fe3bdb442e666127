package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@link FastCommandLine} reads a {@code check} or {@code parse} command line exactly as picocli
 * does, or leaves it to picocli: each option table matches its command's annotations, and on
 * thousands of argument lists, valid and not, it fills the same fields and the whole run prints the
 * same, exits with the same status and leaves the same files as the picocli way.
 */
class FastCommandLineTest {

    @TempDir
    Path tmp;

    /**
     * A command the fast reader knows, as these tests try it.
     *
     * @param values   values to try for each option with a value, by field, the first a good one
     * @param operands good operands (files or folders {@link #template} writes)
     * @param others   more tokens: operands that fail, and anything picocli must be left to read
     * @param specials argument lists tried as they are
     * @param fastOnes fewer argument lists than this read the fast way fail the test
     */
    private record Tried(String name, FastCommandLine.Table<?> table, Class<?> type,
            Map<String, List<String>> values, List<String> operands, List<String> others,
            List<List<String>> specials, int fastOnes) { }

    private static final List<String> JOBS = List.of("1", "2", "0", "010", "+2", "-1", "99999999999", "x", " 2", "0x10");

    private static final Tried CHECK = new Tried("check", FastCommandLine.CHECK, CheckCommand.class,
        Map.ofEntries(
            Map.entry("format", List.of("text", "json", "sarif", "Bogus", "", "-", "--quiet")),
            Map.entry("output", List.of("out.txt", "sub/out.txt", "-", "", "a=b")),
            Map.entry("failOn", List.of("error", " Warning ", "NEVER", "notice", "bogus", "")),
            Map.entry("coderVersion", List.of("2.27", "2.x", "-1")),
            Map.entry("kind", List.of("auto", "MODULE", " template ", "bogus", "")),
            Map.entry("config", List.of("cfg.hcl", "missing.hcl", "--no-config")),
            Map.entry("root", List.of(".", "nowhere", "main.tf")),
            Map.entry("moduleCatalog", List.of("on", "off", "maybe", "ON")),
            Map.entry("baseline", List.of("base.json", "missing.json")),
            Map.entry("writeBaseline", List.of("new.json", "base.json")),
            Map.entry("jobs", JOBS)),
        List.of(".", "main.tf", "sub"),
        List.of("missing", "-", "--", "", "@args.txt", "-x", "--nope", "-h", "--help", "-V", "--version", "-qj2",
            "--=x", "check", "help", "--format", "json", "-q", "-j", "3"),
        List.of(
            List.of("check", "--", "--", "."),
            List.of("check", "--", "-", "--format", "json"),
            List.of("check", "--quiet", "--", "main.tf", "@args.txt"),
            List.of("check", "@args.txt"),
            List.of("@args.txt")),
        750);

    private static final Tried PARSE = new Tried("parse", FastCommandLine.PARSE, ParseCommand.class,
        Map.of(
            "format", List.of("json", "text", "sarif", "JSON", "", "-", "--no-color"),
            "jobs", JOBS),
        List.of("main.tf", "syntax/bad.tf", "syntax/vars.tf.json"),
        List.of(".", "sub", "missing.tf", "-", "--", "", "@args.txt", "@files.txt", "@missing.txt", "@", "-x",
            "--nope", "-h", "--help", "-V", "--version", "-j2", "--j=2", "--=x", "--no-colour", "--form", "parse",
            "help", "--format", "json", "--no-color", "-j", "3"),
        List.of(
            List.of("parse", "--", "--", "main.tf"),
            List.of("parse", "--", "-", "--format", "json"),
            List.of("parse", "--", "--format", "json", "main.tf"),
            List.of("parse", "--no-color", "--", "main.tf", "@args.txt"),
            List.of("parse", "@args.txt"),
            List.of("parse", "@files.txt"),
            List.of("parse", "--format", "json", "@files.txt", "main.tf"),
            List.of("parse", "--format", "text", "@args.txt"),
            List.of("parse", "-j", "2", "@files.txt"),
            List.of("parse", "--jobs", "0", "@files.txt"),
            List.of("parse", "-j", "-2", "main.tf"),
            List.of("parse", "--format", "json"),
            List.of("parse", "--format=json", "--"),
            List.of("parse", "-j", "2"),
            List.of("parse", "@empty.txt"),
            List.of("parse", "main.tf", "--jobs=2", "--jobs=3"),
            List.of("parse", "--no-color", "main.tf", "--no-color")),
        550);

    private static Tried tried(String name) {
        return name.equals("check") ? CHECK : PARSE;
    }

    /** The annotated options of the command, help and version aside. */
    private static List<Field> optionFields(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> f.isAnnotationPresent(Option.class)).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "parse"})
    void theTableHasEveryOptionNameOfTheAnnotationsAndNoOther(String name) {
        Tried command = tried(name);
        Map<String, String> expected = new TreeMap<>();
        Set<String> flags = new TreeSet<>();
        for (Field f : optionFields(command.type())) {
            for (String option : f.getAnnotation(Option.class).names()) {
                expected.put(option, f.getName());
            }
            if (f.getType() == boolean.class) {
                flags.add(f.getName());
            } else {
                assertThat(f.getAnnotation(Option.class).arity()).as(f.getName()).isEmpty();
            }
        }
        assertThat(new TreeMap<>(command.table().fields)).isEqualTo(expected);
        assertThat(new TreeSet<>(command.table().flags)).isEqualTo(flags);
        assertThat(FastCommandLine.table(name)).isSameAs(command.table());
        assertThat(command.type().getAnnotation(CommandLine.Command.class).name()).isEqualTo(name);
        // the operands: one list of strings, at least one
        List<Field> operands = Arrays.stream(command.type().getDeclaredFields())
            .filter(f -> f.isAnnotationPresent(CommandLine.Parameters.class)).toList();
        assertThat(operands).hasSize(1);
        assertThat(operands.get(0).getType()).isEqualTo(List.class);
        assertThat(operands.get(0).getAnnotation(CommandLine.Parameters.class).arity()).isEqualTo("1..*");
        assertThat(operands.get(0).getAnnotation(CommandLine.Parameters.class).index()).isEmpty();
    }

    @Test
    void noOtherCommandHasATable() {
        for (String name : List.of("rules", "explain", "help", "Check", "PARSE", "", "-h", "--version")) {
            assertThat(FastCommandLine.table(name)).as(name).isNull();
        }
    }

    @Test
    void theCommonCommandLinesTakeTheFastPath() {
        Console console = console(tmp, new ByteArrayOutputStream(), new ByteArrayOutputStream());
        for (List<String> args : List.of(
                List.of("check", "."),
                List.of("check", "--format", "json", "examples/claude-task"),
                List.of("check", "--format=sarif", "-o", "report.sarif", "a", "b"),
                List.of("check", "--quiet", "--", "@x.tf", "-x.tf"),
                List.of("check", "-q", "--fail-on", "warning", "--config=.templint.hcl", "."),
                List.of("check", "-j", "4", "--kind", "module", "--no-color", "--module-catalog", "off", "m"),
                List.of("parse", "main.tf"),
                List.of("parse", "--format", "json", "-j", "2", "a.tf", "b.tf.json", "c.hcl"),
                List.of("parse", "--format=text", "--no-color", "--jobs=1", "--", "-x.tf", "@y.tf"))) {
            assertThat(FastCommandLine.read(args, console, CliServices.defaults())).as(args.toString())
                .isInstanceOf(args.get(0).equals("check") ? CheckCommand.class : ParseCommand.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "parse"})
    void theDefaultsAreTheAnnotations(String name) throws Exception {
        Console console = console(tmp, new ByteArrayOutputStream(), new ByteArrayOutputStream());
        List<String> args = List.of(name, "main.tf");
        Callable<Integer> fast = FastCommandLine.read(args, console, CliServices.defaults());
        assertThat(fields(fast)).isEqualTo(fields(picocli(args, console)));
        assertThat(fields(fast)).containsEntry("format", "text").containsEntry("jobs", null);
    }

    /**
     * Every option of the command in every spelling, with good and bad values, alone and in random
     * combinations with the command's operands and other tokens.
     */
    private static List<List<String>> argumentLists(Tried command) {
        String name = command.name();
        Map<String, String> options = new TreeMap<>(command.table().fields);
        List<String> tokens = new ArrayList<>();
        List<List<String>> lists = new ArrayList<>();
        String operand = command.operands().get(0);
        for (Map.Entry<String, String> option : options.entrySet()) {
            String opt = option.getKey();
            String field = option.getValue();
            if (command.table().flags.contains(field)) {
                tokens.add(opt);
                for (String t : List.of(opt, opt + "=true", opt + "=false")) {
                    lists.add(List.of(name, t, operand));
                }
                continue;
            }
            List<String> values = command.values().get(field);
            for (String v : values) {
                tokens.add(opt + "=" + v);
                lists.add(List.of(name, opt, v, operand));
                lists.add(List.of(name, operand, opt + "=" + v));
                lists.add(List.of(name, opt + v, operand));
                if (!opt.startsWith("--")) {
                    lists.add(List.of(name, opt + "=" + v, operand));
                }
            }
            lists.add(List.of(name, operand, opt));                    // no value
            lists.add(List.of(name, opt, values.get(0), opt, values.get(0), operand));
        }
        tokens.addAll(command.operands());
        tokens.addAll(command.others());
        for (String first : List.of("check", "parse", "rules", "help", "--help", "-V", "", "Check", "Parse")) {
            lists.add(List.of(first, operand));
            lists.add(List.of(first));
        }
        lists.add(List.of());
        lists.addAll(command.specials());
        List<String> valid = new ArrayList<>(command.operands());
        valid.add("--");
        for (Map.Entry<String, String> option : options.entrySet()) {
            valid.add(command.table().flags.contains(option.getValue()) ? option.getKey()
                : option.getKey() + "=" + command.values().get(option.getValue()).get(0));
        }
        Random random = new Random(15);
        for (int n = 0; n < 3000; n++) {
            List<String> pool = n % 2 == 0 ? tokens : valid;   // any token; only those the fast path may take
            List<String> args = new ArrayList<>(List.of(name));
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                String t = pool.get(random.nextInt(pool.size()));
                if (t.contains("=") && t.startsWith("--") && random.nextBoolean()) {   // the separate spelling
                    args.add(t.substring(0, t.indexOf('=')));
                    args.add(t.substring(t.indexOf('=') + 1));
                } else {
                    args.add(t);
                }
            }
            if (random.nextInt(4) > 0) {
                args.add(command.operands().get(random.nextInt(2)));
            }
            lists.add(args);
        }
        return new ArrayList<>(new LinkedHashSet<>(lists));
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "parse"})
    void whereTheFastPathReadsACommandLinePicocliReadsTheSameFields(String name) throws Exception {
        Tried command = tried(name);
        Console console = console(template(tmp.resolve("fields")), new ByteArrayOutputStream(),
            new ByteArrayOutputStream());
        int fastOnes = 0;
        for (List<String> given : argumentLists(command)) {
            List<String> args;
            try {
                args = new ArgumentFiles(console.workingDir()).expand(given);
            } catch (CliException e) {
                continue;   // an unreadable @FILE: no command line to read either way
            }
            Callable<Integer> fast = FastCommandLine.read(args, console, CliServices.defaults());
            if (fast == null) {
                continue;
            }
            fastOnes += fast.getClass() == command.type() ? 1 : 0;
            Callable<Integer> slow = picocli(args, console);
            assertThat(slow).as("picocli accepts " + args).isNotNull();
            assertThat(slow.getClass()).as(args.toString()).isEqualTo(fast.getClass());
            assertThat(fields(fast)).as(args.toString()).isEqualTo(fields(slow));
        }
        assertThat(fastOnes).as("command lines read the fast way").isGreaterThan(command.fastOnes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "parse"})
    void everyCommandLineRunsTheSameBothWays(String name) throws IOException {
        Path dir = tmp.resolve("run");   // one folder for both ways: messages may quote it
        for (List<String> args : argumentLists(tried(name))) {
            Outcome fast = run(args, template(dir), true);
            Map<String, String> fastFiles = files(dir);
            delete(dir);
            Outcome slow = run(args, template(dir), false);
            Map<String, String> slowFiles = files(dir);
            delete(dir);
            assertThat(fast.status()).as("status of " + args).isEqualTo(slow.status());
            assertThat(fast.out()).as("stdout of " + args).isEqualTo(slow.out());
            assertThat(fast.err()).as("stderr of " + args).isEqualTo(slow.err());
            assertThat(fastFiles).as("files after " + args).isEqualTo(slowFiles);
        }
    }

    private record Outcome(int status, String out, String err) { }

    private static Outcome run(List<String> args, Path dir, boolean fastPath) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, console(dir, out, err), CliServices.defaults(), fastPath);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * A template with a warning and an error, a config, a baseline and argument files; beside it,
     * files with a syntax error and in JSON syntax for {@code parse}.
     */
    private static Path template(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(dir.resolve("syntax"));
        Files.writeString(dir.resolve("main.tf"), """
            variable "unused" {}

            resource "coder_agent" "main" {
              os   = "linux"
              arch = "amd64"
              env  = { A = var.missing }
            }
            """);
        Files.writeString(dir.resolve("cfg.hcl"), "");
        Files.writeString(dir.resolve("args.txt"), "--format\njson\nmain.tf\n");
        Files.writeString(dir.resolve("files.txt"), "main.tf\r\n\nsyntax/bad.tf\n  \nsyntax/vars.tf.json\n");
        Files.writeString(dir.resolve("empty.txt"), "\n");
        Files.writeString(dir.resolve("base.json"), "{}\n");
        Files.writeString(dir.resolve("syntax/bad.tf"), "locals {\n  a = [1, 2\n}\n");
        Files.writeString(dir.resolve("syntax/vars.tf.json"), "{\"variable\": {\"region\": {\"default\": \"eu\"}}}\n");
        return dir;
    }

    private static Console console(Path dir, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
            StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), name -> null, dir, false, false);
    }

    /** The command picocli makes of {@code args}, or null when it reads them as help, version or an error. */
    private static Callable<Integer> picocli(List<String> args, Console console) {
        CommandLine cl = Cli.commandLine(args, console, CliServices.defaults());
        ParseResult result;
        try {
            result = cl.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            return null;
        }
        ParseResult sub = result.subcommand();
        if (result.isUsageHelpRequested() || result.isVersionHelpRequested() || sub == null
                || sub.isUsageHelpRequested() || sub.isVersionHelpRequested()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Callable<Integer> command = (Callable<Integer>) sub.commandSpec().userObject();
        return command;
    }

    /** Every annotated field's value, by name. */
    private static Map<String, Object> fields(Callable<Integer> command) throws IllegalAccessException {
        Map<String, Object> values = new TreeMap<>();
        for (Field f : command.getClass().getDeclaredFields()) {
            if (f.isAnnotationPresent(Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) {
                f.setAccessible(true);
                values.put(f.getName(), f.get(command));
            }
        }
        return values;
    }

    /** Every file under {@code dir} and its content, by relative path. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readString(p, StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
