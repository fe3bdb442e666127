package io.templint.api;

/**
 * Where a declaration lives: its Terraform address and the file and line a user would open.
 *
 * @param address Terraform address without instance keys, e.g. {@code module.a.coder_ai_task.x}
 * @param file    the template path as given joined with the file's path inside the template
 * @param line    1-based line of the declaration's header
 */
public record SourceRef(String address, String file, int line) {
}
