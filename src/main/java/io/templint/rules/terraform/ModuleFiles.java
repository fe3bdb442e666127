package io.templint.rules.terraform;

/**
 * Which module a file belongs to. The files of one directory form one Terraform module, and
 * override files ({@code override.tf}, {@code *_override.tf}, and their {@code .tf.json} forms)
 * are merged into the declarations of the others rather than adding their own.
 */
final class ModuleFiles {

    private ModuleFiles() { }

    /** The module (directory part of the file name) of {@code fileName}; "" for the root. */
    static String moduleOf(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return slash < 0 ? "" : fileName.substring(0, slash);
    }

    /** Whether {@code fileName} is a Terraform override file. */
    static boolean isOverrideFile(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        String stem = base.endsWith(".tf.json") ? base.substring(0, base.length() - 8)
            : base.endsWith(".tf") ? base.substring(0, base.length() - 3) : null;
        return stem != null && (stem.equals("override") || stem.endsWith("_override"));
    }
}
