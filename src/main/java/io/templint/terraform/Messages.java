package io.templint.terraform;

import io.templint.hcl.Range;

/** Formatting shared by the loader's diagnostics, matching Terraform's wording. */
final class Messages {

    private Messages() { }

    /** A range as Terraform prints it: {@code main.tf:3,1-20} or {@code main.tf:3,1-5,2}. */
    static String range(Range r) {
        if (r.startLine() == r.endLine()) {
            return r.filename() + ":" + r.startLine() + "," + r.startColumn() + "-" + r.endColumn();
        }
        return r.filename() + ":" + r.startLine() + "," + r.startColumn() + "-" + r.endLine() + "," + r.endColumn();
    }

    /** {@code "x"} as Go's {@code %q} writes a plain string. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
