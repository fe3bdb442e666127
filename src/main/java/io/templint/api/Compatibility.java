package io.templint.api;

/**
 * The Task verdict under one range of Coder releases.
 *
 * @param coder   the release range, e.g. {@code 2.24-2.27}
 * @param capable true, false, or null when it depends on a module that is not on disk
 * @param reason  why
 */
public record Compatibility(String coder, Boolean capable, String reason) {
}
