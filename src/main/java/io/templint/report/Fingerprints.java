package io.templint.report;

import io.templint.api.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identities of findings, for SARIF's {@code partialFingerprints} and baselines. */
public final class Fingerprints {

    private Fingerprints() { }

    /**
     * The finding's own fingerprint, or one derived from its rule, file and message (so it stays
     * the same when lines move).
     */
    public static String of(Finding f) {
        if (f.fingerprint() != null && !f.fingerprint().isEmpty()) {
            return f.fingerprint();
        }
        return hash(f.rule(), f.file(), f.message());
    }

    /** The first 16 bytes of the SHA-256 of the parts, joined by NUL, in hex. */
    public static String hash(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            byte[] digest = md.digest();
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
