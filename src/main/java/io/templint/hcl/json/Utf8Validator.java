package io.templint.hcl.json;

/**
 * Checks that bytes are well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing
 * above U+10FFFF) and can replace every ill-formed byte with {@code '?'}, which keeps all byte
 * offsets, so that the rest of a file can still be read after one bad byte has been reported.
 */
final class Utf8Validator {

    private Utf8Validator() { }

    /** The offset of the first byte that is not part of a well-formed sequence, or -1. */
    static int firstInvalid(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int len = sequenceLength(b, i);
            if (len == 0) {
                return i;
            }
            i += len;
        }
        return -1;
    }

    /** A copy of {@code b} with each ill-formed byte replaced by {@code '?'}. */
    static byte[] sanitized(byte[] b, int firstInvalid) {
        byte[] out = b.clone();
        int i = firstInvalid;
        while (i < out.length) {
            if (out[i] >= 0) {
                i++;
                continue;
            }
            int len = sequenceLength(out, i);
            if (len == 0) {
                out[i] = '?';
                i++;
            } else {
                i += len;
            }
        }
        return out;
    }

    /** The length of the well-formed multi-byte sequence starting at {@code i}, or 0. */
    private static int sequenceLength(byte[] b, int i) {
        int b0 = b[i] & 0xFF;
        int n = b.length;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            return i + 1 < n && isContinuation(b[i + 1]) ? 2 : 0;
        }
        if (b0 >= 0xE0 && b0 <= 0xEF) {
            if (i + 2 >= n) {
                return 0;
            }
            int b1 = b[i + 1] & 0xFF;
            int lo = b0 == 0xE0 ? 0xA0 : 0x80;
            int hi = b0 == 0xED ? 0x9F : 0xBF;
            return b1 >= lo && b1 <= hi && isContinuation(b[i + 2]) ? 3 : 0;
        }
        if (b0 >= 0xF0 && b0 <= 0xF4) {
            if (i + 3 >= n) {
                return 0;
            }
            int b1 = b[i + 1] & 0xFF;
            int lo = b0 == 0xF0 ? 0x90 : 0x80;
            int hi = b0 == 0xF4 ? 0x8F : 0xBF;
            return b1 >= lo && b1 <= hi && isContinuation(b[i + 2]) && isContinuation(b[i + 3]) ? 4 : 0;
        }
        return 0;
    }

    private static boolean isContinuation(byte x) {
        return (x & 0xC0) == 0x80;
    }
}
