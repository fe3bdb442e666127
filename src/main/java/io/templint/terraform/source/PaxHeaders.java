package io.templint.terraform.source;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Parses pax extended header records ({@code "%d %s=%s\n"}) exactly as Go's {@code archive/tar}
 * does: every byte of the header's data must belong to a record (NUL padding inside the declared
 * size is an error there too), lengths are decimal with an optional sign, keys are non-empty, and
 * {@code path}, {@code linkpath}, {@code uname} and {@code gname} values hold no NUL. The value of
 * {@code path} must be UTF-8; other values are kept byte for byte (as ISO-8859-1 characters).
 */
final class PaxHeaders {

    private PaxHeaders() { }

    /** The records of one pax header, later records overriding earlier ones (as in Go). */
    static Map<String, String> parse(byte[] data, SourceBudget budget, String entry) throws TemplateSourceException {
        Map<String, String> out = new HashMap<>();
        int pos = 0;
        while (pos < data.length) {
            int sp = pos;
            while (sp < data.length && data[sp] != ' ') {
                sp++;
            }
            if (sp >= data.length) {
                throw bad(budget, entry, "a record has no length");
            }
            Long len = decimal(data, pos, sp);
            if (len == null || len < 5 || len > data.length - pos) {
                throw bad(budget, entry, "a record's length is invalid");
            }
            int recordEnd = pos + (int) (long) len; // exclusive; the record's last byte is its newline
            if (recordEnd - 1 <= sp || data[recordEnd - 1] != '\n') {
                throw bad(budget, entry, "a record does not end with a newline where its length says");
            }
            int eq = -1;
            for (int i = sp + 1; i < recordEnd - 1; i++) {
                if (data[i] == '=') {
                    eq = i;
                    break;
                }
            }
            if (eq < 0 || eq == sp + 1) {
                throw bad(budget, entry, "a record has no key=value");
            }
            String key = new String(data, sp + 1, eq - sp - 1, StandardCharsets.ISO_8859_1);
            int valueStart = eq + 1;
            int valueLen = recordEnd - 1 - valueStart;
            boolean stringField = key.equals("path") || key.equals("linkpath") || key.equals("uname")
                || key.equals("gname");
            if (key.indexOf(0) >= 0 || stringField && indexOfNul(data, valueStart, valueLen) >= 0) {
                throw bad(budget, entry, "a record holds a NUL character");
            }
            String value = key.equals("path")
                ? ZipReader.utf8(java.util.Arrays.copyOfRange(data, valueStart, valueStart + valueLen), budget, entry,
                    "pax path")
                : new String(data, valueStart, valueLen, StandardCharsets.ISO_8859_1);
            out.put(key, value);
            pos = recordEnd;
        }
        return out;
    }

    /**
     * Refuses what Go's {@code mergePAX} rejects: {@code uid}/{@code gid} that are not 64-bit
     * decimal integers, {@code atime}/{@code mtime}/{@code ctime} that are not pax times. Empty
     * values are skipped, as Go skips them.
     */
    static void checkNumbers(Map<String, String> pax, SourceBudget budget, String entry) throws TemplateSourceException {
        for (String k : new String[] {"uid", "gid"}) {
            String v = pax.get(k);
            if (v != null && !v.isEmpty() && decimal(v.getBytes(StandardCharsets.ISO_8859_1), 0, v.length()) == null) {
                throw bad(budget, entry, "the " + k + " record is not a decimal number");
            }
        }
        for (String k : new String[] {"atime", "mtime", "ctime"}) {
            String v = pax.get(k);
            if (v != null && !v.isEmpty() && !isPaxTime(v)) {
                throw bad(budget, entry, "the " + k + " record is not a pax time");
            }
        }
    }

    /** The value of a pax {@code size} record (digits only; Go would also take a sign). */
    static long size(String value, SourceBudget budget, String entry) throws TemplateSourceException {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw bad(budget, entry, "the size record is not a decimal number");
        }
        return Long.parseLong(value);
    }

    private static boolean isPaxTime(String v) {
        int dot = v.indexOf('.');
        String secs = dot < 0 ? v : v.substring(0, dot);
        if (decimal(secs.getBytes(StandardCharsets.ISO_8859_1), 0, secs.length()) == null) {
            return false;
        }
        return dot < 0 || v.substring(dot + 1).chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Go's strconv.ParseInt(s, 10, 64): an optional sign and at least one digit; null when invalid. */
    private static Long decimal(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '+' || b[i] == '-')) {
            negative = b[i] == '-';
            i++;
        }
        if (i >= to) {
            return null;
        }
        long v = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return null;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                return null; // Go also fails on overflow
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    private static int indexOfNul(byte[] b, int off, int len) {
        for (int i = off; i < off + len; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static TemplateSourceException bad(SourceBudget budget, String entry, String reason) {
        return budget.fail(entry, "malformed pax header: " + reason);
    }
}
