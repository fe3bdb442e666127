package io.templint.terraform.source;

/**
 * Which files of a module folder Terraform reads, by name, as {@code terraform plan} decides
 * (Terraform's {@code configs.IsIgnoredFile} and the configuration file extensions): the same rule
 * for folders on disk, archives and files held in memory.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class TerraformFileNames {

    private TerraformFileNames() { }

    /**
     * Whether Terraform ignores a file whatever its extension: hidden files ({@code .name}), editor
     * backups ({@code name~}) and Emacs lock and auto-save files ({@code #name#}).
     */
    public static boolean isIgnored(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.startsWith("#") && name.endsWith("#");
    }

    /** Whether Terraform loads the file as configuration: a {@code .tf} or {@code .tf.json} file it does not ignore. */
    public static boolean isConfigFile(String name) {
        return (name.endsWith(".tf") || name.endsWith(".tf.json")) && !isIgnored(name);
    }

    /**
     * Whether {@code terraform plan} reads the file as variable values: {@code terraform.tfvars[.json]}
     * and {@code *.auto.tfvars[.json]} (Terraform applies no ignore rule to these).
     */
    public static boolean isVariableFile(String name) {
        return name.equals("terraform.tfvars") || name.equals("terraform.tfvars.json")
            || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
    }
}
