package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing the JSON reports of {@code check}, {@code parse} and {@code rules} loads no class of
 * Jackson's databind (its {@code ObjectMapper} cost each such run 40 to 60 ms): checked with the
 * class-loading log of a JVM of its own per command line, running {@link Main} on templates that
 * have no {@code .tf.json} file and no {@code modules.json} (whose reading still uses Jackson). The
 * SARIF report, which still builds Jackson trees, shows that the log would show them.
 */
class JsonReportLazyLoadTest {

    /** The databind package, as in the test class path and as relocated in the command-line jar. */
    private static final List<String> DATABIND = List.of("com.fasterxml.jackson.databind.",
        "io.templint.internal.jackson.databind.");

    @TempDir
    Path tmp;

    @Test
    void checkWithTheJsonReportLoadsNoDatabindClass() throws Exception {
        List<String> loaded = run("check", "--format", "json", "--fail-on", "never", "examples/claude-task",
            "testdata/coder/env-merge", "testdata/coder/no-task");
        assertThat(loaded).contains("io.templint.report.JsonOut");
        assertThat(databind(loaded)).isEmpty();
    }

    @Test
    void parseWithTheJsonReportLoadsNoDatabindClass() throws Exception {
        List<String> loaded = run("parse", "--format", "json", "examples/claude-task/main.tf",
            "testdata/coder/env-merge/main.tf");
        assertThat(loaded).contains("io.templint.report.JsonOut");
        assertThat(databind(loaded)).isEmpty();
    }

    @Test
    void theRuleListAsJsonLoadsNoDatabindClass() throws Exception {
        List<String> loaded = run("rules", "--format", "json");
        assertThat(loaded).contains("io.templint.report.JsonOut");
        assertThat(databind(loaded)).isEmpty();
    }

    @Test
    void theLogShowsDatabindWhenAReportUsesIt() throws Exception {
        List<String> loaded = run("check", "--format", "sarif", "--fail-on", "never", "examples/claude-task");
        assertThat(databind(loaded)).contains("com.fasterxml.jackson.databind.ObjectMapper");
    }

    private static List<String> databind(List<String> classes) {
        return classes.stream().filter(c -> DATABIND.stream().anyMatch(c::startsWith)).toList();
    }

    /** Runs {@link Main} with {@code args} in a JVM of its own; the names of the classes it loaded. */
    private List<String> run(String... args) throws Exception {
        Path log = tmp.resolve("classes-" + args[0] + "-" + System.nanoTime() + ".log");
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
            .directory(new File(".")).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("exit status of %s", List.of(args)).isZero();
        assertThat(out).startsWith("{");
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            // [0.012s][info][class,load] java.lang.Object source: shared objects file
            int at = line.indexOf("] ");
            int end = line.indexOf(' ', at + 2);
            if (line.contains("[class,load]") && at >= 0 && end > at) {
                classes.add(line.substring(at + 2, end));
            }
        }
        assertThat(classes).as("the class-loading log").contains("java.lang.Object");
        return classes;
    }
}
