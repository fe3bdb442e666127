package io.templint.api;

/**
 * A module call that is not on disk but whose module templint knows anyway: a Coder registry
 * module resolved from templint's offline module catalog ({@code --module-catalog},
 * {@link Templint.Builder#moduleCatalog(boolean)}). What it declares is analysed as if it were
 * installed; {@code .terraform/modules} on disk always wins over the catalog.
 *
 * @param address      the module's address ({@code module.claude-code})
 * @param source       its {@code source} as written
 * @param constraint   its {@code version} as written, or null when it has none
 * @param version      the version analysed: the one named, or the newest catalog version the
 *                     constraint allows as of {@code catalogDate}
 * @param resolvedFrom where the module's facts came from: {@code catalog}
 * @param catalogDate  the catalog's date ({@code 2026-08-21}): the registry commit it was built from
 * @param exact        whether the call names that version exactly; when false, {@code terraform init}
 *                     may install a newer version published after the catalog's date
 */
public record ResolvedModule(String address, String source, String constraint, String version, String resolvedFrom,
                             String catalogDate, boolean exact) {

    /** The {@code resolvedFrom} of a module resolved from the module catalog. */
    public static final String CATALOG = "catalog";
}
