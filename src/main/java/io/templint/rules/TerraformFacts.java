package io.templint.rules;

import io.templint.hcl.HclFile;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Terraform layer's facts: the loaded module tree, which also gives the reference graph
 * ({@link ModuleTree#references()}) and static values ({@link ModuleTree#evaluation()}).
 */
public final class TerraformFacts {

    private TerraformFacts() { }

    /** The loaded module tree of the template. */
    public static final FactKey<ModuleTree> MODULE_TREE = FactKey.of("terraform.module_tree", ModuleTree.class);

    /** Where modules downloaded by {@code terraform init} live; their files are not the author's. */
    static final String DOWNLOADED_MODULES = ".terraform/";

    /**
     * The analysed template of a loaded module tree: its files are those of the root module and of
     * local child modules (each folder once), so that syntax rules report only on code the
     * author can change; modules downloaded into {@code .terraform/} are reachable through the
     * {@link #MODULE_TREE} fact.
     *
     * @param path the template path as the user gave it
     */
    public static AnalysedTemplate template(String path, ModuleTree tree) {
        List<HclFile> files = new ArrayList<>();
        Set<String> dirs = new HashSet<>();
        for (Module m : tree.modules().values()) {
            String dir = m.dir();
            if (dirs.add(dir) && !(dir + "/").startsWith(DOWNLOADED_MODULES)) {
                files.addAll(m.files());
            }
        }
        return AnalysedTemplate.builder(path).files(files).put(MODULE_TREE, tree).build();
    }
}
