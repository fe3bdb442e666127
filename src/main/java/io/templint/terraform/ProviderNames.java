package io.templint.terraform;

import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.Traverser;
import java.util.List;

/**
 * Terraform's check of a provider local name in a {@code provider} argument (its
 * {@code checkProviderNameNormalized}, over {@code addrs.ParseProviderPart}): letters, digits and
 * dashes, no leading, trailing or doubled dash, and written as it normalises (lowercase). Only ASCII
 * names are judged: non-ASCII letters go through IDNA mapping, which is not reproduced here, so
 * they are left alone rather than risk a false error.
 */
final class ProviderNames {

    private ProviderNames() { }

    /** Reports an invalid or non-normalised provider local name at the root of a provider reference. */
    static void checkReference(Expression provider, List<Diagnostic> diags) {
        if (!(provider instanceof Expression.ScopeTraversal t) || t.traversal().size() > 2) {
            return; // other shapes are "Invalid provider configuration reference", not checked here
        }
        Traverser.Root root = (Traverser.Root) t.traversal().get(0);
        String name = root.name();
        String problem = problem(name);
        if (problem != null) {
            diags.add(Diagnostic.error("Invalid provider local name",
                name + " is an invalid provider local name: " + problem, root.range()));
        } else if (isAscii(name) && !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
            diags.add(Diagnostic.error("Invalid provider local name", "Provider names must be normalized. Replace "
                + Messages.quote(name) + " with " + Messages.quote(name.toLowerCase(java.util.Locale.ROOT))
                + " to fix this error.", root.range()));
        }
    }

    /** Why {@code addrs.ParseProviderPart} refuses an ASCII name, or null (also for a non-ASCII name). */
    static String problem(String name) {
        if (name.isEmpty()) {
            return "must have at least one character";
        }
        if (!isAscii(name)) {
            return null;
        }
        if (name.contains("--")) {
            return "cannot use multiple consecutive dashes";
        }
        boolean valid = name.charAt(0) != '-' && name.charAt(name.length() - 1) != '-'
            && name.chars().allMatch(c -> c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                || c >= '0' && c <= '9');
        return valid ? null
            : "must contain only letters, digits, and dashes, and may not use leading or trailing dashes";
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }
}
