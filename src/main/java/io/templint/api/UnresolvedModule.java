package io.templint.api;

/**
 * A module call whose source templint did not analyse, so what it declares is unknown.
 *
 * @param address the module's address ({@code module.claude-code})
 * @param source  its {@code source} as written, or null when it is not known statically
 * @param version its {@code version} constraint, or null
 * @param reason  why: {@code not-on-disk} (a remote source with no {@code .terraform/modules}
 *                entry), {@code outside-root} (a local source beyond the folder templint may
 *                read), {@code missing-directory} (a local directory that does not exist) or
 *                {@code limit} (a limit, a module cycle, or a source not known statically)
 */
public record UnresolvedModule(String address, String source, String version, String reason) {

    /** The {@code reason} of a remote module that is not installed. */
    public static final String NOT_ON_DISK = "not-on-disk";
    /** The {@code reason} of a local module beyond the folder templint may read. */
    public static final String OUTSIDE_ROOT = "outside-root";
    /** The {@code reason} of a local module directory that does not exist. */
    public static final String MISSING_DIRECTORY = "missing-directory";
    /** The {@code reason} of a module templint stopped at. */
    public static final String LIMIT = "limit";
}
