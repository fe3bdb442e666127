package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/templint} in a checkout: it builds the jar on the first run, never again while the jar
 * is current, and again when a source is newer than the jar (after a {@code git pull}), so it
 * never runs stale code. A stand-in {@code mvn} on the PATH records each build and what it skips.
 */
class LauncherIT {

    @TempDir
    Path tmp;

    private Path checkout;
    private Path builds;

    @Test
    void buildsOnceThenAgainOnlyWhenASourceIsNewerThanTheJar() throws Exception {
        Path basedir = Path.of(System.getProperty("templint.basedir", "")).toAbsolutePath();
        Path realJar = Path.of(System.getProperty("templint.jar", "target/templint-0.1.0-cli.jar")).toAbsolutePath();
        checkout = tmp.resolve("checkout");
        Files.createDirectories(checkout.resolve("bin"));
        Files.createDirectories(checkout.resolve("src/main/java"));
        Files.createDirectories(checkout.resolve("grammar"));
        Files.copy(basedir.resolve("bin/templint"), checkout.resolve("bin/templint"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Path source = checkout.resolve("src/main/java/A.java");
        Files.writeString(source, "class A { }\n");
        setTime(checkout.resolve("pom.xml"), -3600);
        setTime(source, -3600);

        builds = tmp.resolve("builds.log");
        Path fakeBin = tmp.resolve("fake-bin");
        Files.createDirectories(fakeBin);
        Path mvn = fakeBin.resolve("mvn");
        Files.writeString(mvn, "#!/usr/bin/env bash\n"
            + "echo \"$*\" >> '" + builds + "'\n"
            // like Maven with identical output, an existing jar is left as it was, time included
            + "jar=target/templint-" + Report.Tool.TEMPLINT.version() + "-cli.jar\n"
            + "[ -f \"$jar\" ] || { mkdir -p target && cp '" + realJar + "' \"$jar\"; }\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        String path = fakeBin + ":" + System.getenv("PATH");

        Result first = launch(path);
        assertThat(first.err).contains("building the command-line jar (first run only)");
        assertThat(first.out).startsWith("templint " + Report.Tool.TEMPLINT.version() + "\nmodule catalog ");
        assertThat(buildLines()).hasSize(1);
        assertThat(buildLines().get(0)).contains("-DskipTests", "-Dmaven.javadoc.skip=true",
            "-Dmaven.source.skip=true", "package");

        Result second = launch(path);
        assertThat(second.err).isEmpty();
        assertThat(buildLines()).hasSize(1);

        // a pull brings a source newer than the jar
        setTime(checkout.resolve("target/templint-" + Report.Tool.TEMPLINT.version() + "-cli.jar"), -1800);
        setTime(source, -600);
        Result third = launch(path);
        assertThat(third.err).contains("the sources are newer than the jar");
        assertThat(buildLines()).hasSize(2);

        Result fourth = launch(path);
        assertThat(fourth.err).isEmpty();
        assertThat(buildLines()).hasSize(2);
    }

    private List<String> buildLines() throws IOException {
        return Files.exists(builds) ? Files.readAllLines(builds) : List.of();
    }

    private static void setTime(Path p, long offsetSeconds) throws IOException {
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().plusSeconds(offsetSeconds)));
    }

    private record Result(int status, String out, String err) { }

    private Result launch(String path) throws IOException, InterruptedException {
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(checkout.resolve("bin/templint").toString(), "--version")
            .directory(tmp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("PATH", path);
        pb.environment().put("TEMPLINT_NO_CDS", "1");
        pb.environment().remove("TEMPLINT_JAR");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Result r = new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
        assertThat(r.status).as(r.err).isZero();
        return r;
    }
}
