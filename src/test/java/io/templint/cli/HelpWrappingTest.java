package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's {@code --help} at several terminal widths: lines break only at spaces of the
 * text (never inside {@code .tgz, .zip}, {@code .templint.hcl} or {@code ../../modules/x}), no
 * line is wider than the width, and nothing is lost: with its breaks undone, the help is the help
 * printed so wide that nothing wraps.
 */
class HelpWrappingTest {

    private static final String WIDTH = "picocli.usage.width";
    private static final List<List<String>> HELPS = List.of(List.of("--help"), List.of("check", "--help"),
        List.of("parse", "--help"), List.of("rules", "--help"), List.of("explain", "--help"), List.of("help", "check"),
        List.of("help"));

    @AfterEach
    void restoreWidth() {
        System.clearProperty(WIDTH);
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 100})
    void linesBreakOnlyAtSpacesAndNothingIsLost(int width) {
        for (List<String> args : HELPS) {
            String wide = help(1000, args);
            String narrow = help(width, args);
            assertThat(wide.lines()).as("%s unwrapped", args).allSatisfy(l -> assertThat(l.length()).isLessThan(400));
            assertThat(narrow.lines()).as("%s at %d columns", args, width)
                .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(width));
            assertThat(flat(narrow)).as("%s at %d columns:%n%s", args, width, narrow).isEqualTo(flat(wide));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 100})
    void fileNamesStayWhole(int width) {
        assertThat(flat(help(width, List.of("check", "--help"))))
            .contains("(.tar, .tar.gz, .tgz, .zip)", "single .tf / .tf.json files", "the nearest .templint.hcl at or above",
                "(../../modules/x)", "[--coder-version=X.Y]");
        assertThat(flat(help(width, List.of("--help")))).contains("(.tar, .tar.gz, .tgz, .zip)");
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80})
    void wrappedLinesKeepPicocliColumns(int width) {
        String check = help(width, List.of("check", "--help"));
        assertThat(check).startsWith("Usage: templint check [-hqV] ");
        assertThat(check.lines().filter(l -> l.startsWith("      --root=DIR")).findFirst().orElseThrow())
            .startsWith("      --root=DIR            How far up");
        // a wrapped description continues two columns further in, as picocli indents it
        assertThat(check).contains("\n                              ");
        assertThat(check.lines().filter(l -> l.startsWith("                      [")).count()).isPositive();
    }

    private static String help(int width, List<String> args) {
        System.setProperty(WIDTH, Integer.toString(width));
        CliHarness.Run run = new CliHarness().run(args.toArray(String[]::new));
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run.out();
    }

    /** The words of {@code text} in order, one space between them. */
    private static String flat(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
