package io.templint.terraform;

import io.templint.hcl.Range;
import io.templint.internal.GoStrings;

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
        return GoStrings.quote(s);
    }
}
