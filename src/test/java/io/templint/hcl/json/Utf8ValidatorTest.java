package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Utf8ValidatorTest {

    private static byte[] hex(String s) {
        String[] parts = s.trim().split("\\s+");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "41 42 43, -1",
        "41 C3 A9 41, -1",
        "E2 82 AC, -1",
        "F0 9F 9A A3, -1",
        "F4 8F BF BF, -1",
        "41 FF 41, 1",
        "C0 80, 0",
        "C3, 0",
        "41 E2 82, 1",
        "ED A0 80, 0",
        "E0 80 80, 0",
        "F0 80 80 80, 0",
        "F4 90 80 80, 0",
        "F5 80 80 80, 0",
        "41 80, 1",
    })
    void findsTheFirstIllFormedByte(String bytes, int expected) {
        assertThat(Utf8Validator.firstInvalid(hex(bytes))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "41 FF C3 A9 80 42, A?é?B",
        "E2 82 41, ??A",
    })
    void sanitizingKeepsOffsets(String bytes, String expected) {
        byte[] in = hex(bytes);
        byte[] out = Utf8Validator.sanitized(in, Utf8Validator.firstInvalid(in));

        assertThat(out).hasSize(in.length);
        assertThat(new String(out, StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(Utf8Validator.firstInvalid(out)).isEqualTo(-1);
    }
}
