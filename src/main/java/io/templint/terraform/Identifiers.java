package io.templint.terraform;

/** Terraform's rules for names: HCL identifiers (letters, digits, underscores and dashes). */
final class Identifiers {

    private Identifiers() { }

    /** Whether {@code s} is a valid HCL identifier, like {@code hclsyntax.ValidIdentifier}. */
    public static boolean isValid(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(Character.isLetter(first) || first == '_')) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-'
                    || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
