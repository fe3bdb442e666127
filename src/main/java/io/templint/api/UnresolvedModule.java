package io.templint.api;

/** A module call whose source is not on disk, so what it declares is unknown. */
public record UnresolvedModule(String address, String source, String version) {
}
