package io.templint.terraform.source;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Parses pax extended header records ({@code "%d %s=%s\n"}). */
final class PaxHeaders {

    private PaxHeaders() { }

    /** The records of one pax header, later records overriding earlier ones. */
    static Map<String, String> parse(byte[] data, SourceBudget budget, String entry) throws TemplateSourceException {
        Map<String, String> out = new HashMap<>();
        int pos = 0;
        while (pos < data.length) {
            if (data[pos] == 0) {
                break; // NUL padding after the last record
            }
            int sp = pos;
            long len = 0;
            while (sp < data.length && data[sp] >= '0' && data[sp] <= '9' && sp - pos < 10) {
                len = len * 10 + (data[sp] - '0');
                sp++;
            }
            if (sp == pos || sp >= data.length || data[sp] != ' ' || len <= sp - pos + 1
                    || pos + len > data.length || data[(int) (pos + len - 1)] != '\n') {
                throw budget.fail(entry, "malformed pax header: a record's length is invalid");
            }
            String record = new String(data, sp + 1, (int) (pos + len - 1 - (sp + 1)), StandardCharsets.UTF_8);
            int eq = record.indexOf('=');
            if (eq <= 0) {
                throw budget.fail(entry, "malformed pax header: a record has no key=value");
            }
            out.put(record.substring(0, eq), record.substring(eq + 1));
            pos += (int) len;
        }
        return out;
    }

    /** The value of a pax {@code size} record. */
    static long size(String value, SourceBudget budget, String entry) throws TemplateSourceException {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw budget.fail(entry, "malformed pax header: the size record is not a decimal number");
        }
        return Long.parseLong(value);
    }
}
