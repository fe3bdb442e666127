package io.templint.terraform;

import io.templint.hcl.Diagnostic;
import io.templint.terraform.source.TemplateSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads the fixtures under testdata/terraform. */
final class Fixtures {

    private Fixtures() { }

    static Path dir(String name) {
        return Path.of("testdata/terraform", name);
    }

    /** A fixture, read as its own root (whatever repository holds the checkout). */
    static ModuleTree load(String name) throws Exception {
        return TemplateLoader.load(TemplateSource.directory(name, dir(name)), options(name));
    }

    static ModuleTree load(String name, Map<String, String> vars) throws Exception {
        return TemplateLoader.load(TemplateSource.directory(name, dir(name)), options(name).withVariables(vars));
    }

    /** The default options, with the fixture folder as the read root. */
    static LoadOptions options(String name) {
        return LoadOptions.DEFAULTS.withModuleRoot(dir(name));
    }

    /** Diagnostics as "file:line: summary" strings, for compact assertions. */
    static List<String> brief(List<Diagnostic> diags) {
        return diags.stream()
            .map(d -> (d.subject() == null ? "" : d.subject().filename() + ":" + d.subject().startLine() + ": ")
                + d.summary())
            .toList();
    }
}
