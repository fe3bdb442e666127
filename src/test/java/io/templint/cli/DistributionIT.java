package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive, as a person without Maven uses it: unpacked, its {@code bin/templint}
 * run with a PATH that holds Java and the few shell tools the launcher uses, and no Maven.
 */
class DistributionIT {

    @TempDir
    Path tmp;

    @Test
    void theUnpackedDistributionRunsWithOnlyAJavaRuntime() throws Exception {
        Path archive = Path.of(System.getProperty("templint.distribution",
            "target/templint-" + Report.Tool.TEMPLINT.version() + "-dist.tar.gz")).toAbsolutePath();
        assertThat(archive).as("the distribution archive; run 'mvn verify'").isRegularFile();
        Path unpacked = tmp.resolve("unpacked");
        Files.createDirectories(unpacked);
        Result untar = run(unpacked, Map.of(), List.of("tar", "xzf", archive.toString()));
        assertThat(untar.status).as(untar.err).isZero();

        Path home = unpacked.resolve("templint-" + Report.Tool.TEMPLINT.version());
        assertThat(home.resolve("LICENSE")).isRegularFile();
        assertThat(home.resolve("NOTICE")).isRegularFile();
        assertThat(home.resolve("README.txt")).content().contains("templint " + Report.Tool.TEMPLINT.version());
        assertThat(home.resolve("bin/templint.cmd")).content().contains("\r\n");
        assertThat(Files.isExecutable(home.resolve("bin/templint"))).isTrue();

        // a PATH with java and the shell tools the launcher uses, and nothing else (no mvn)
        Path tools = tmp.resolve("path");
        Files.createDirectories(tools);
        Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : List.of("bash", "dirname", "readlink", "rm", "mv", "cat")) {
            Path found = which(tool);
            Files.createSymbolicLink(tools.resolve(tool), found);
        }
        Path template = tmp.resolve("t");
        Files.createDirectories(template);
        Files.writeString(template.resolve("main.tf"), "resource \"coder_ai_task\" \"t\" {}\n"
            + "data \"coder_parameter\" \"p\" {\n  name = \"AI Prompt\"\n}\n");
        Map<String, String> env = Map.of("PATH", tools.toString(), "HOME", tmp.toString());

        Result version = run(tmp, env, List.of(home.resolve("bin/templint").toString(), "--version"));
        assertThat(version.err).isEmpty();
        assertThat(version.out).startsWith("templint " + Report.Tool.TEMPLINT.version());

        Result check = run(tmp, env, List.of(home.resolve("bin/templint").toString(), "check", "--format", "json",
            "--fail-on", "never", template.toString()));
        assertThat(check.err).isEmpty();
        assertThat(check.status).isZero();
        assertThat(check.out).contains("\"capable\": true");
    }

    private static Path which(String tool) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/local/bin")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new AssertionError("no " + tool + " on this machine");
    }

    private record Result(int status, String out, String err) { }

    private Result run(Path dir, Map<String, String> env, List<String> command) throws IOException,
            InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile());
        if (!env.isEmpty()) {
            pb.environment().clear();
            pb.environment().putAll(env);
        }
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished: %s", command).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    }
}
