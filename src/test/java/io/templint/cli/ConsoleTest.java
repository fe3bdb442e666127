package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleTest {

    private static Console console(boolean outTerminal, Map<String, String> env) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new Console(sink, sink, new ByteArrayInputStream(new byte[0]), env::get, Path.of("."),
            outTerminal, false);
    }

    @Test
    void coloursNeedATerminalAndNoNoColorAndATermThatIsNotDumb() {
        assertThat(console(true, Map.of()).colorAllowed()).isTrue();
        assertThat(console(false, Map.of()).colorAllowed()).isFalse();
        assertThat(console(true, Map.of("NO_COLOR", "1")).colorAllowed()).isFalse();
        assertThat(console(true, Map.of("NO_COLOR", "")).colorAllowed()).as("NO_COLOR set but empty").isTrue();
        assertThat(console(true, Map.of("TERM", "dumb")).colorAllowed()).isFalse();
    }

    @Test
    void progressRewritesOneLineAndErasesIt() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        TerminalProgress p = new TerminalProgress(new PrintStream(err, true, StandardCharsets.UTF_8));
        p.templateStarted(0, 2, "a");
        assertThat(err.toString(StandardCharsets.UTF_8)).as("two templates are not many").isEmpty();
        p.templateStarted(0, 3, "a\u001b[31m");
        p.templateStarted(1, 3, "b/" + "x".repeat(100));
        p.done();
        String shown = err.toString(StandardCharsets.UTF_8);
        assertThat(shown).startsWith("\r\u001b[K[1/3] a\\u001b[31m\r\u001b[K[2/3] b/xxx").endsWith("...\r\u001b[K");
        p.done();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(shown);
    }
}
