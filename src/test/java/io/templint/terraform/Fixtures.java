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

    static ModuleTree load(String name) throws Exception {
        return TemplateLoader.load(TemplateSource.directory(name, dir(name)), LoadOptions.DEFAULTS);
    }

    static ModuleTree load(String name, Map<String, String> vars) throws Exception {
        return TemplateLoader.load(TemplateSource.directory(name, dir(name)), LoadOptions.DEFAULTS.withVariables(vars));
    }

    /** Diagnostics as "file:line: summary" strings, for compact assertions. */
    static List<String> brief(List<Diagnostic> diags) {
        return diags.stream()
            .map(d -> (d.subject() == null ? "" : d.subject().filename() + ":" + d.subject().startLine() + ": ")
                + d.summary())
            .toList();
    }
}
