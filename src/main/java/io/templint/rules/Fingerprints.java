package io.templint.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable finding identities. A fingerprint hashes the rule id, the file name, the enclosing
 * block's types and labels, the message and the whitespace-normalised source text of the
 * finding's range: it does not change when lines are added above the finding or when the block is
 * re-indented, and it does change when the offending code itself changes. Rules must therefore
 * keep line numbers out of their messages (put them in related locations instead).
 *
 * <p>When several findings of one template have the same identity, the second and later ones (in
 * source order) get an ordinal mixed in, so fingerprints are unique within a template.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class Fingerprints {

    /** Hex characters kept (128 bits). */
    static final int LENGTH = 32;

    private Fingerprints() { }

    /**
     * The fingerprint of a finding.
     *
     * @param ruleId     the rule id
     * @param file       the file name, relative to the template
     * @param blockPath  the enclosing block's {@link BlockSite#describe()}, or the empty string
     * @param message    the finding's message
     * @param sourceText the source text of the finding's range
     */
    public static String of(String ruleId, String file, String blockPath, String message, String sourceText) {
        return hash(ruleId, file, blockPath, message, normalise(sourceText));
    }

    /** The fingerprint of the {@code ordinal}-th (1-based) repetition of {@code base}. */
    static String repeat(String base, int ordinal) {
        return ordinal == 0 ? base : hash(base, Integer.toString(ordinal));
    }

    /** Collapses every run of whitespace to one space and trims. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String hash(String... parts) {
        MessageDigest md = sha256();
        for (String p : parts) {
            md.update(p.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, LENGTH);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
