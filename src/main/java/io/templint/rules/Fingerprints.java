package io.templint.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable finding identities. A fingerprint hashes the rule id, the file name, the enclosing
 * block's types and labels, the message and the whitespace-normalised source text of the
 * finding's range: it does not change when lines are added above the finding or when the block is
 * re-indented, and it does change when the offending code itself changes. Rules must therefore
 * keep line numbers out of their messages (put them in related locations instead); positions in
 * Terraform's {@code file:line,column-column} style, which messages copied from Terraform carry,
 * are left out of the hash.
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
        return hash(ruleId, file, blockPath, withoutPositions(message), normalise(sourceText));
    }

    /** A source position in Terraform's style, {@code main.tf:3,1-13} or {@code main.tf:3,1-4,2}, after a file name. */
    private static final Pattern POSITION = Pattern.compile("(?<=[^\\s:]):\\d+,\\d+(?:-\\d+(?:,\\d+)?)?");

    /**
     * The message without the source positions that Terraform's own messages carry (e.g. "already
     * declared at main.tf:3,1-13"): the file name stays, the line and column go, so that a
     * fingerprint survives lines added above the place the message points to.
     */
    static String withoutPositions(String message) {
        return message == null ? null : POSITION.matcher(message).replaceAll("");
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

    /**
     * The first 128 bits of the SHA-256 of the parts (UTF-8, each followed by a NUL byte; a null
     * part counts as {@code "null"}), in hex: the one hash behind every templint fingerprint, also
     * for findings made outside the rule engine (empty template, internal errors).
     */
    public static String hash(String... parts) {
        MessageDigest md = sha256();
        for (String p : parts) {
            md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, LENGTH);
    }

    /** A digest that is copied for each hash: cheaper than looking the algorithm up among the providers each time. */
    private static final MessageDigest PROTOTYPE = newSha256();

    private static MessageDigest sha256() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return newSha256();   // a provider whose digest cannot be copied
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
