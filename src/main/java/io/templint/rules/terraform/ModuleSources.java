package io.templint.rules.terraform;

import java.util.regex.Pattern;

/** How Terraform reads a module source string: a registry address, a Git or Mercurial URL. */
final class ModuleSources {

    private ModuleSources() { }

    private static final Pattern NAME = Pattern.compile("[0-9A-Za-z](?:[0-9A-Za-z_-]{0,62}[0-9A-Za-z])?");
    private static final Pattern SYSTEM = Pattern.compile("[0-9a-z]{1,64}");
    private static final Pattern HOST = Pattern.compile("[0-9A-Za-z.-]+(?::[0-9]+)?");
    private static final Pattern SCP = Pattern.compile("[A-Za-z0-9_.-]+@[A-Za-z0-9_.-]+:.*");

    /**
     * Whether {@code source} is a module registry address, {@code [host/]namespace/name/system}
     * with an optional {@code //subdirectory}: what Terraform downloads from a registry, with a
     * {@code version}.
     */
    static boolean isRegistry(String source) {
        if (source.startsWith("./") || source.startsWith("../") || source.startsWith("/")
                || source.contains("::") || source.contains("://") || source.contains("?") || SCP.matcher(source).matches()) {
            return false;
        }
        String address = source;
        int subdir = address.indexOf("//");
        if (subdir >= 0) {
            address = address.substring(0, subdir);
        }
        String[] parts = address.split("/", -1);
        int first = 0;
        if (parts.length == 4) {
            String host = parts[0].toLowerCase(java.util.Locale.ROOT);
            if (!HOST.matcher(host).matches() || host.equals("github.com") || host.equals("bitbucket.org")) {
                return false;
            }
            first = 1;
        } else if (parts.length != 3) {
            return false;
        }
        return NAME.matcher(parts[first]).matches() && NAME.matcher(parts[first + 1]).matches()
            && SYSTEM.matcher(parts[first + 2]).matches();
    }

    /**
     * The version control system a source is fetched with, "git" or "hg", or null for any other
     * source: forced with {@code git::} or {@code hg::}, or detected as go-getter does for
     * {@code github.com/...} and {@code user@host:path} addresses.
     */
    static String vcs(String source) {
        int forced = source.indexOf("::");
        if (forced > 0 && source.substring(0, forced).matches("[A-Za-z0-9]+")) {
            String getter = source.substring(0, forced);
            return getter.equals("git") || getter.equals("hg") ? getter : null;
        }
        String lower = source.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("git://") || lower.startsWith("hg://")) {
            return lower.substring(0, lower.indexOf(':'));
        }
        // bitbucket.org: go-getter asks Bitbucket which system a repository uses; Bitbucket has
        // hosted only Git repositories since 2020
        if (source.startsWith("github.com/") || source.startsWith("bitbucket.org/")
                || SCP.matcher(source).matches() && !source.contains("://")) {
            return "git";
        }
        return null;
    }

    /**
     * Whether a Git or Mercurial source ({@link #vcs} not null) names a host: a URL such as
     * {@code git://#x} does not, and Terraform cannot fetch it.
     */
    static boolean hasHost(String source) {
        int forced = source.indexOf("::");
        String url = forced > 0 && source.substring(0, forced).matches("[A-Za-z0-9]+") ? source.substring(forced + 2) : source;
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return true; // github.com/..., bitbucket.org/..., user@host:path
        }
        String rest = url.substring(scheme + 3);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        String authority = rest.substring(0, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        int port = host.lastIndexOf(':');
        return !(port >= 0 ? host.substring(0, port) : host).isEmpty();
    }

    /** The value of query parameter {@code key} in {@code source}, or null. */
    static String query(String source, String key) {
        int q = source.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : source.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            if (k.equals(key)) {
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                return java.net.URLDecoder.decode(v, java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
