package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code --jobs}: a run over many real folders (every Coder template of the corpus and a few hundred
 * of Terraform's own test fixtures, many deliberately invalid) gives the same report, byte for byte,
 * whether the templates are analysed one after another or several at once.
 */
class ParallelRunTest {

    /** How many of Terraform's fixture folders (in path order) join the Coder templates. */
    private static final int TERRAFORM_FOLDERS = 300;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a hang guard: two runs over ~360 folders
    void checkReportsAreTheSameWithOneJobOrMany() throws IOException {
        List<String> folders = new ArrayList<>(foldersWithTf(SharedCorpus.require("corpus/coder"), Integer.MAX_VALUE));
        folders.addAll(foldersWithTf(SharedCorpus.require("corpus/terraform/all-tf"), TERRAFORM_FOLDERS));
        assertThat(folders).hasSizeGreaterThan(TERRAFORM_FOLDERS);

        for (String format : List.of("json", "text")) {
            CliHarness.Run sequential = check(format, "1", folders);
            CliHarness.Run parallel = check(format, "4", folders);
            assertThat(sequential.out()).as(format).isNotEmpty();
            assertThat(parallel.out()).as(format).isEqualTo(sequential.out());
            assertThat(parallel.err()).as(format).isEqualTo(sequential.err());
            assertThat(parallel.status()).as(format).isEqualTo(sequential.status());
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void parseReportsAreTheSameWithOneJobOrMany() throws IOException {
        List<String> files = new ArrayList<>();
        for (String dir : foldersWithTf(SharedCorpus.require("corpus/terraform/all-tf"), 500)) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".tf")).sorted().forEach(p -> files.add(p.toString()));
            }
        }
        for (String format : List.of("json", "text")) {
            CliHarness.Run sequential = parse(format, "1", files);
            CliHarness.Run parallel = parse(format, "3", files);
            assertThat(sequential.status()).isEqualTo(ExitStatus.FINDINGS); // the fixtures hold syntax errors
            assertThat(parallel.out()).as(format).isEqualTo(sequential.out());
            assertThat(parallel.status()).isEqualTo(sequential.status());
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void theProgressLineIsTheSameWithOneJobOrMany() throws IOException {
        List<String> folders = foldersWithTf(SharedCorpus.require("corpus/coder"), 6);
        List<String> runs = new ArrayList<>();
        for (String jobs : List.of("1", "3")) {
            List<String> args = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never",
                "--no-config", "-j", jobs));
            args.addAll(folders);
            CliHarness.Run run = new CliHarness().terminals(false, true).run(args.toArray(String[]::new));
            runs.add(run.err());
        }
        assertThat(runs.get(0)).contains("\r\u001b[K[1/6] ").contains("[6/6] ").endsWith("\r\u001b[K");
        assertThat(runs.get(1)).isEqualTo(runs.get(0));
    }

    @Test
    void jobsMustBeAtLeastOne() {
        CliHarness.Run run = new CliHarness().run("check", "-j", "0", ".");
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(run.err()).contains("--jobs: expected a number of at least 1, not 0");
        assertThat(run.out()).isEmpty();
        CliHarness.Run parse = new CliHarness().run("parse", "--jobs", "-2", "pom.xml");
        assertThat(parse.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(parse.err()).contains("--jobs: expected a number of at least 1, not -2");
    }

    private static CliHarness.Run check(String format, String jobs, List<String> folders) {
        List<String> args = new ArrayList<>(List.of("check", "--format", format, "--fail-on", "never", "--no-color",
            "--no-config", "-j", jobs));
        args.addAll(folders);
        return new CliHarness().run(args.toArray(String[]::new));
    }

    private static CliHarness.Run parse(String format, String jobs, List<String> files) {
        List<String> args = new ArrayList<>(List.of("parse", "--format", format, "--no-color", "--jobs", jobs));
        args.addAll(files);
        return new CliHarness().run(args.toArray(String[]::new));
    }

    /** The first {@code limit} folders under {@code root} (in path order) that hold a {@code .tf} file. */
    private static List<String> foldersWithTf(Path root, int limit) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".tf") && Files.isRegularFile(p))
                .map(p -> p.getParent().toString()).distinct().sorted().limit(limit).toList();
        }
    }
}
