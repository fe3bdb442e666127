package io.templint.terraform;

import io.templint.api.UnresolvedModule;
import java.util.Objects;

/**
 * A module call whose module is not loaded: a remote source that was never installed (no
 * {@code .terraform/modules} entry), a local path beyond the folder templint may read, a local
 * directory that does not exist, or a call that a module cycle or a {@link LoadOptions} limit
 * stopped. What that module declares is unknown; nothing is ever downloaded.
 *
 * @param call   the module block
 * @param kind   why, as one of the report's reason codes
 * @param reason why it is unresolved, as a sentence
 */
public record UnresolvedModuleCall(ModuleCall call, Kind kind, String reason) {

    /** Why a module call is not analysed: the {@code reason} codes of the report. */
    public enum Kind {
        /** A remote source with no {@code .terraform/modules} entry: {@code terraform init} was not run, or its folder not included. */
        NOT_ON_DISK("not-on-disk"),
        /** A local source (or an installed module's directory) beyond the folder templint may read; it was not looked at. */
        OUTSIDE_ROOT("outside-root"),
        /** A local source whose directory does not exist (Terraform fails on it too). */
        MISSING_DIRECTORY("missing-directory"),
        /**
         * templint stopped: a {@link LoadOptions} limit, a module cycle, or a source that is not
         * known statically (built from variables whose values templint does not have).
         */
        LIMIT("limit");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The report's code: {@code not-on-disk}, {@code outside-root}, {@code missing-directory}, {@code limit}. */
        public String code() {
            return code;
        }
    }

    public UnresolvedModuleCall {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(kind, "kind");
    }

    /** The module's address: {@code module.a.module.b}. */
    public String address() {
        return call.childPath().toString();
    }

    /** The {@code source} as written (or as evaluated from constant variables), or null when not known. */
    public String source() {
        return call.source();
    }

    /** The {@code version} constraint, or null. */
    public String version() {
        return call.version();
    }

    /** The report record. */
    public UnresolvedModule toReport() {
        return new UnresolvedModule(address(), source(), version(), kind.code());
    }
}
