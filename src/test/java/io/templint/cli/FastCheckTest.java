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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * {@link FastCheck} reads a {@code check} command line exactly as picocli does, or leaves it to
 * picocli: its option table matches {@link CheckCommand}'s annotations, and on thousands of
 * argument lists, valid and not, it fills the same fields and the whole run prints the same, exits
 * with the same status and leaves the same files as the picocli way.
 */
class FastCheckTest {

    @TempDir
    Path tmp;

    /** The annotated options of {@link CheckCommand}, help and version aside, by field. */
    private static List<Field> optionFields() {
        return Arrays.stream(CheckCommand.class.getDeclaredFields())
            .filter(f -> f.isAnnotationPresent(Option.class)).toList();
    }

    @Test
    void theTableHasEveryOptionNameOfTheAnnotationsAndNoOther() {
        Map<String, String> expected = new TreeMap<>();
        Set<String> flags = new java.util.TreeSet<>();
        for (Field f : optionFields()) {
            for (String name : f.getAnnotation(Option.class).names()) {
                expected.put(name, f.getName());
            }
            if (f.getType() == boolean.class) {
                flags.add(f.getName());
            } else {
                assertThat(f.getAnnotation(Option.class).arity()).as(f.getName()).isEmpty();
            }
        }
        assertThat(new TreeMap<>(FastCheck.FIELDS)).isEqualTo(expected);
        assertThat(new java.util.TreeSet<>(FastCheck.FLAGS)).isEqualTo(flags);
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
                List.of("check", "-j", "4", "--kind", "module", "--no-color", "--module-catalog", "off", "m"))) {
            assertThat(FastCheck.read(args, console, CliServices.defaults())).as(args.toString()).isNotNull();
        }
    }

    @Test
    void theDefaultsAreTheAnnotations() throws Exception {
        Console console = console(tmp, new ByteArrayOutputStream(), new ByteArrayOutputStream());
        List<String> args = List.of("check", ".");
        CheckCommand fast = FastCheck.read(args, console, CliServices.defaults());
        assertThat(fields(fast)).isEqualTo(fields(picocli(args, console)));
        assertThat(fast.format).isEqualTo("text");
        assertThat(fast.moduleCatalog).isEqualTo("on");
    }

    /** Every option in every spelling, with good and bad values, alone and in random combinations. */
    private static List<List<String>> argumentLists() {
        Map<String, List<String>> values = new HashMap<>();
        values.put("format", List.of("text", "json", "sarif", "Bogus", "", "-", "--quiet"));
        values.put("output", List.of("out.txt", "sub/out.txt", "-", "", "a=b"));
        values.put("failOn", List.of("error", " Warning ", "NEVER", "notice", "bogus", ""));
        values.put("coderVersion", List.of("2.27", "2.x", "-1"));
        values.put("kind", List.of("auto", "MODULE", " template ", "bogus", ""));
        values.put("config", List.of("cfg.hcl", "missing.hcl", "--no-config"));
        values.put("root", List.of(".", "nowhere", "main.tf"));
        values.put("moduleCatalog", List.of("on", "off", "maybe", "ON"));
        values.put("baseline", List.of("base.json", "missing.json"));
        values.put("writeBaseline", List.of("new.json", "base.json"));
        values.put("jobs", List.of("1", "2", "0", "010", "+2", "-1", "99999999999", "x", " 2", "0x10"));
        List<String> tokens = new ArrayList<>();
        List<List<String>> lists = new ArrayList<>();
        for (Map.Entry<String, String> option : new TreeMap<>(FastCheck.FIELDS).entrySet()) {
            String name = option.getKey();
            String field = option.getValue();
            if (FastCheck.FLAGS.contains(field)) {
                tokens.add(name);
                for (String t : List.of(name, name + "=true", name + "=false")) {
                    lists.add(List.of("check", t, "."));
                }
                continue;
            }
            for (String v : values.get(field)) {
                tokens.add(name + "=" + v);
                lists.add(List.of("check", name, v, "."));
                lists.add(List.of("check", ".", name + "=" + v));
                lists.add(List.of("check", name + v, "."));
                if (name.startsWith("-") && !name.startsWith("--")) {
                    lists.add(List.of("check", name + "=" + v, "."));
                }
            }
            lists.add(List.of("check", ".", name));                    // no value
            lists.add(List.of("check", name, values.get(field).get(0), name, values.get(field).get(0), "."));
        }
        List<String> others = List.of(".", "main.tf", "missing", "-", "--", "", "@args.txt", "-x", "--nope", "-h",
            "--help", "-V", "--version", "-qj2", "--=x", "check", "help", "--format", "json", "-q", "-j", "3");
        tokens.addAll(others);
        for (String first : List.of("check", "parse", "rules", "help", "--help", "-V", "", "Check")) {
            lists.add(List.of(first, "."));
            lists.add(List.of(first));
        }
        lists.add(List.of());
        lists.add(List.of("check", "--", "--", "."));
        lists.add(List.of("check", "--", "-", "--format", "json"));
        lists.add(List.of("check", "--quiet", "--", "main.tf", "@args.txt"));
        lists.add(List.of("check", "@args.txt"));
        lists.add(List.of("@args.txt"));
        List<String> valid = new ArrayList<>(List.of(".", "main.tf", "sub", "--"));
        for (Map.Entry<String, String> option : new TreeMap<>(FastCheck.FIELDS).entrySet()) {
            valid.add(FastCheck.FLAGS.contains(option.getValue()) ? option.getKey()
                : option.getKey() + "=" + values.get(option.getValue()).get(0));
        }
        Random random = new Random(15);
        for (int n = 0; n < 2500; n++) {
            List<String> pool = n % 2 == 0 ? tokens : valid;   // any token; only those the fast path may take
            List<String> args = new ArrayList<>(List.of("check"));
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
                args.add(random.nextBoolean() ? "." : "main.tf");
            }
            lists.add(args);
        }
        return new ArrayList<>(new LinkedHashSet<>(lists));
    }

    @Test
    void whereTheFastPathReadsACommandLinePicocliReadsTheSameFields() throws Exception {
        Console console = console(template(tmp.resolve("parse")), new ByteArrayOutputStream(),
            new ByteArrayOutputStream());
        int fastOnes = 0;
        for (List<String> given : argumentLists()) {
            List<String> args = new ArgumentFiles(console.workingDir()).expand(given);
            CheckCommand fast = FastCheck.read(args, console, CliServices.defaults());
            if (fast == null) {
                continue;
            }
            fastOnes++;
            CheckCommand slow = picocli(args, console);
            assertThat(slow).as("picocli accepts " + args).isNotNull();
            assertThat(fields(fast)).as(args.toString()).isEqualTo(fields(slow));
        }
        assertThat(fastOnes).as("command lines read the fast way").isGreaterThan(800);
    }

    @Test
    void everyCommandLineRunsTheSameBothWays() throws IOException {
        Path dir = tmp.resolve("run");   // one folder for both ways: messages may quote it
        for (List<String> args : argumentLists()) {
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

    /** A template with a warning and an error, a config, a baseline and an argument file. */
    private static Path template(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("sub"));
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
        Files.writeString(dir.resolve("base.json"), "{}\n");
        return dir;
    }

    private static Console console(Path dir, ByteArrayOutputStream out, ByteArrayOutputStream err) {
        return new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
            StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0]), name -> null, dir, false, false);
    }

    /** The check command picocli makes of {@code args}, or null when it reads them as something else. */
    private static CheckCommand picocli(List<String> args, Console console) {
        CommandLine cl = Cli.commandLine(args, console, CliServices.defaults());
        ParseResult result;
        try {
            result = cl.parseArgs(args.toArray(String[]::new));
        } catch (ParameterException e) {
            return null;
        }
        ParseResult sub = result.subcommand();
        if (result.isUsageHelpRequested() || result.isVersionHelpRequested() || sub == null
                || !sub.commandSpec().name().equals("check") || sub.isUsageHelpRequested()
                || sub.isVersionHelpRequested()) {
            return null;
        }
        return (CheckCommand) sub.commandSpec().userObject();
    }

    /** Every annotated field's value, by name. */
    private static Map<String, Object> fields(CheckCommand command) throws IllegalAccessException {
        Map<String, Object> values = new TreeMap<>();
        for (Field f : CheckCommand.class.getDeclaredFields()) {
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
