package io.templint.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Turns a report's file path into the URI reference SARIF wants: relative, forward slashes, escaped. */
final class ArtifactUri {

    private ArtifactUri() { }

    /** {@code examples/my template/main.tf} becomes {@code examples/my%20template/main.tf}. */
    static String of(String file) {
        String slashes = file.replace('\\', '/');
        while (slashes.startsWith("./")) {
            slashes = slashes.substring(2);
        }
        try {
            if (slashes.startsWith("/") || slashes.matches("^[A-Za-z]:/.*")) {
                return percentEncodeUnsafe(Path.of(file).toUri().toString());
            }
            return percentEncodeUnsafe(new URI(null, null, slashes, null).getRawPath());
        } catch (URISyntaxException | RuntimeException e) {
            return percentEncodeUnsafe(slashes.replace(" ", "%20"));
        }
    }

    /**
     * {@code uri} with every character of {@link TerminalText#mustEscape} percent-encoded (the
     * multi-argument {@link URI} constructors leave bidirectional controls as they are).
     */
    private static String percentEncodeUnsafe(String uri) {
        StringBuilder out = new StringBuilder(uri.length());
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (TerminalText.mustEscape(c)) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4 & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
