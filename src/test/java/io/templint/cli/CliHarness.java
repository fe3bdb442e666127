package io.templint.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the command line in memory, as the process would, and captures what it prints. */
final class CliHarness {

    /** What a run returned and printed. */
    record Run(int status, String out, String err) {
    }

    private Path workingDir = Path.of("").toAbsolutePath();
    private byte[] stdin = new byte[0];
    private boolean outTerminal;
    private boolean errTerminal;
    private final Map<String, String> env = new HashMap<>();
    private CliServices services = CliServices.defaults();

    CliHarness in(Path dir) {
        workingDir = dir;
        return this;
    }

    CliHarness stdin(byte[] bytes) {
        stdin = bytes;
        return this;
    }

    CliHarness terminals(boolean out, boolean err) {
        outTerminal = out;
        errTerminal = err;
        return this;
    }

    CliHarness env(String name, String value) {
        env.put(name, value);
        return this;
    }

    CliHarness services(CliServices s) {
        services = s;
        return this;
    }

    Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin), env::get,
            workingDir, outTerminal, errTerminal);
        int status = Cli.run(List.of(args), console, services);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
