package io.templint.report;

import java.net.URI;
import java.net.URISyntaxException;
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
                return Path.of(file).toUri().toString();
            }
            return new URI(null, null, slashes, null).getRawPath();
        } catch (URISyntaxException | RuntimeException e) {
            return slashes.replace(" ", "%20");
        }
    }
}
