package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.testkit.Crashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutated fixtures (truncated, bytes changed, inserted or dropped) never make the reader throw, and
 * every diagnostic points inside the file: bad input is normal input.
 */
class JsonReaderFuzzTest {

    private static final byte[] INTERESTING = "{}[]\":,\\ntfu0-.e${%\u00e9\uD83D\uDEA3\n\t\r\0\u00ff"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void mutatedFixturesNeverThrow() throws IOException {
        List<Path> fixtures;
        try (Stream<Path> s = Files.walk(JsonFixtures.ROOT)) {
            fixtures = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Random random = new Random(20261124);
        int runs = 0;
        for (Path p : fixtures) {
            byte[] original = Files.readAllBytes(p);
            for (int i = 0; i < 150; i++) {
                byte[] mutated = original;
                for (int m = 1 + random.nextInt(3); m > 0; m--) {
                    mutated = mutate(mutated, random);
                }
                HclFile file = Hcl.parse(new SourceFile("fuzz.tf.json", mutated), ParseOptions.DEFAULTS);
                runs++;
                try {
                    Crashes.check(file);
                } catch (AssertionError e) {
                    throw new AssertionError("input " + Arrays.toString(mutated) + ": " + e.getMessage(), e);
                }
            }
        }
        assertThat(runs).isGreaterThan(2_000);
    }

    private static byte[] mutate(byte[] in, Random random) {
        if (in.length == 0) {
            return new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]};
        }
        int at = random.nextInt(in.length);
        return switch (random.nextInt(4)) {
            case 0 -> Arrays.copyOf(in, at);
            case 1 -> {
                byte[] out = in.clone();
                out[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                yield out;
            }
            case 2 -> {
                byte[] out = new byte[in.length + 1];
                System.arraycopy(in, 0, out, 0, at);
                out[at] = INTERESTING[random.nextInt(INTERESTING.length)];
                System.arraycopy(in, at, out, at + 1, in.length - at);
                yield out;
            }
            default -> {
                byte[] out = new byte[in.length - 1];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + 1, out, at, in.length - at - 1);
                yield out;
            }
        };
    }
}
