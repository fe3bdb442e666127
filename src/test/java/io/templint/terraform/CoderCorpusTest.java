package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Diagnostic;
import io.templint.terraform.source.TemplateSource;
import io.templint.testkit.SharedCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Real Coder templates and registry modules ({@code ../shared/corpus/coder}): every folder with
 * configuration files loads, evaluates and builds its reference graph without an exception, and
 * without error diagnostics except for one documentation example that Terraform rejects too.
 */
class CoderCorpusTest {

    @Test
    void realTemplatesLoadEvaluateAndGraph() throws Exception {
        Path corpus = SharedCorpus.require("corpus/coder");
        List<Path> dirs;
        try (Stream<Path> s = Files.walk(corpus)) {
            dirs = s.filter(Files::isDirectory).filter(CoderCorpusTest::hasConfig).sorted().toList();
        }
        List<String> errors = new ArrayList<>();
        List<String> evalErrors = new ArrayList<>();
        int resources = 0;
        int knownCounts = 0;
        for (Path dir : dirs) {
            ModuleTree tree = TemplateLoader.load(TemplateSource.directory(corpus.relativize(dir).toString(), dir),
                LoadOptions.DEFAULTS);
            TemplateEvaluation ev = tree.evaluation();
            for (Module m : tree.modules().values()) {
                ModuleEvaluation me = ev.module(m.path());
                for (Resource r : m.resources().values()) {
                    resources++;
                    InstanceCount c = me.instanceCount(r);
                    if (c.isKnown()) {
                        knownCounts++;
                    } else if (Boolean.getBoolean("templint.verbose")) {
                        System.out.println("  unknown count: " + corpus.relativize(dir) + " " + r.address() + ": "
                            + c.reason());
                    }
                }
                m.variables().keySet().forEach(me::variable);
                m.locals().keySet().forEach(me::local);
                m.outputs().keySet().forEach(me::output);
            }
            collectEvalErrors(ev, corpus.relativize(dir).toString(), evalErrors);
            tree.references().all();
            for (Diagnostic d : tree.diagnostics()) {
                if (d.isError()) {
                    errors.add(corpus.relativize(dir) + ": " + d);
                }
            }
        }
        System.out.printf("coder corpus: %d folders, %d resources (%d with a statically known instance count),"
            + " %d error diagnostics%n", dirs.size(), resources, knownCounts, errors.size());
        errors.forEach(e -> System.out.println("  " + e));
        System.out.printf("coder corpus: %d error diagnostics from evaluating every variable, local and output%n",
            evalErrors.size());
        evalErrors.stream().filter(e -> !e.contains("no file exists at")).forEach(e -> System.out.println("  " + e));
        assertThat(dirs).isNotEmpty();
        // the corpus keeps only configuration files, so the scripts that file() reads are missing
        assertThat(evalErrors).allMatch(e -> e.contains("no file exists at"));
        // the provider's documentation examples are snippets Terraform rejects too: one calls a module
        // without a source, others refer to parameters and variables they do not declare
        String examples = "coder-terraform-provider-coder@35a52f2/examples/";
        String preset = examples + "data-sources/coder_workspace_preset: data-source.tf:";
        String script = examples + "resources/coder_script: resource.tf:";
        assertThat(errors).containsExactly(examples + "data-sources/coder_task:"
            + " data-source.tf:11,24-11,24: error: Missing required argument; The argument \"source\" is required,"
            + " but no definition was found.",
            preset + "13,6-13,34: error: " + undeclaredParameter("example"),
            preset + "14,6-14,30: error: " + undeclaredParameter("ami"),
            preset + "25,6-25,40: error: " + undeclaredParameter("instance_type"),
            preset + "26,6-26,33: error: " + undeclaredParameter("region"),
            script + "15,20-15,36: error: " + undeclaredVariable("dotfiles_uri"),
            script + "16,21-16,38: error: " + undeclaredVariable("dotfiles_user"));
    }

    private static String undeclaredParameter(String name) {
        return "Reference to undeclared resource; A data resource \"coder_parameter\" \"" + name
            + "\" has not been declared in the root module.";
    }

    private static String undeclaredVariable(String name) {
        return "Reference to undeclared input variable; An input variable with the name \"" + name + "\" has not"
            + " been declared. This variable can be declared with a variable \"" + name + "\" {} block.";
    }

    /** terraform-aws-vpc and terraform-aws-eks: large real modules load and evaluate without false errors. */
    @Test
    void awsModulesLoadAndEvaluate() throws Exception {
        Path corpus = SharedCorpus.require("corpus/bench/aws-modules");
        List<Path> dirs;
        try (Stream<Path> s = Files.walk(corpus)) {
            dirs = s.filter(Files::isDirectory).filter(CoderCorpusTest::hasConfig).sorted().toList();
        }
        List<String> evalErrors = new ArrayList<>();
        int references = 0;
        for (Path dir : dirs) {
            ModuleTree tree = TemplateLoader.load(TemplateSource.directory(corpus.relativize(dir).toString(), dir),
                LoadOptions.DEFAULTS);
            assertThat(tree.root().diagnostics()).noneMatch(Diagnostic::isError);
            TemplateEvaluation ev = tree.evaluation();
            for (Module m : tree.modules().values()) {
                ModuleEvaluation me = ev.module(m.path());
                m.variables().keySet().forEach(me::variable);
                m.locals().keySet().forEach(me::local);
                m.outputs().keySet().forEach(me::output);
                m.resources().values().forEach(me::instanceCount);
            }
            references += tree.references().all().size();
            collectEvalErrors(ev, corpus.relativize(dir).toString(), evalErrors);
        }
        System.out.printf("aws modules: %d folders, %d references, %d evaluation errors%n", dirs.size(), references,
            evalErrors.size());
        evalErrors.forEach(e -> System.out.println("  " + e));
        // loaded on its own, a submodule's path.module/../.. leaves the template: the only error expected
        assertThat(evalErrors).allMatch(e -> e.contains("is outside the template"));
    }

    private static void collectEvalErrors(TemplateEvaluation ev, String where, List<String> out) {
        for (Diagnostic d : ev.diagnostics()) {
            if (d.isError()) {
                out.add(where + ": " + d);
            }
        }
    }

    private static boolean hasConfig(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> TemplateLoader.isConfigFile(p.getFileName().toString()));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
