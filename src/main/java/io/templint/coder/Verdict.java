package io.templint.coder;

/**
 * Whether a template is Task-capable under one range of Coder releases.
 *
 * @param release the range of releases
 * @param capable true, false, or null when it depends on a module whose source is not on disk
 * @param reason  why, as one sentence
 */
public record Verdict(CoderRelease release, Boolean capable, String reason) {
}
