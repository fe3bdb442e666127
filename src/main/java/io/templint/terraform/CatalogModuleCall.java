package io.templint.terraform;

import java.util.Objects;

/**
 * A registry module call that is not installed in {@code .terraform/modules} and was resolved from
 * templint's module catalog ({@link ModuleCatalog}, {@link LoadOptions#moduleCatalog()}).
 *
 * @param call        the module block
 * @param version     the catalog version it was given
 * @param exact       whether the call names that version exactly; otherwise it is the newest catalog
 *                    version its constraint allows, as of the catalog's date
 * @param catalogDate the catalog's date ({@code 2026-01-31})
 */
public record CatalogModuleCall(ModuleCall call, String version, boolean exact, String catalogDate) {

    public CatalogModuleCall {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(version, "version");
    }

    /** The module's address: {@code module.a.module.b}. */
    public String address() {
        return call.childPath().toString();
    }
}
