package io.templint.rules;

import io.templint.hcl.HclFile;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.TemplateEvaluation;
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

    /**
     * The template's static evaluation, shared by the analysis and every rule of one run, so that
     * values are computed once and the template's step budget bounds them all. Not thread-safe:
     * the rules of one template run on one thread. Optional: without it a rule evaluates
     * {@link #MODULE_TREE} itself ({@link #evaluation(RuleContext)}).
     */
    public static final FactKey<TemplateEvaluation> EVALUATION =
        FactKey.of("terraform.evaluation", TemplateEvaluation.class);

    /** The shared evaluation of {@code ctx}'s template, or a new one of its module tree. */
    public static TemplateEvaluation evaluation(RuleContext ctx) {
        return ctx.template().find(EVALUATION).orElseGet(() -> ctx.get(MODULE_TREE).evaluation());
    }

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
        return AnalysedTemplate.builder(path).files(files).put(MODULE_TREE, tree).put(EVALUATION, tree.evaluation())
            .build();
    }
}
