package io.templint.terraform;

import io.templint.api.UnresolvedModule;

/**
 * A module call whose module is not loaded: a remote source that was never installed (no
 * {@code .terraform/modules} entry), a local path that is missing or leads outside the template,
 * or a call that a module cycle or a {@link LoadOptions} limit stopped. What that module declares
 * is unknown; nothing is ever downloaded.
 *
 * @param call   the module block
 * @param reason why it is unresolved, as a sentence
 */
public record UnresolvedModuleCall(ModuleCall call, String reason) {

    /** The module's address: {@code module.a.module.b}. */
    public String address() {
        return call.childPath().toString();
    }

    /** The {@code source} as written, or null when it was not a literal string. */
    public String source() {
        return call.source();
    }

    /** The {@code version} constraint, or null. */
    public String version() {
        return call.version();
    }

    /** The report record. */
    public UnresolvedModule toReport() {
        return new UnresolvedModule(address(), source(), version());
    }
}
