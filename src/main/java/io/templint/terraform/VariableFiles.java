package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.terraform.source.TemplateFiles;
import io.templint.terraform.source.TemplateSourceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The root module's variable definition files, read in Terraform's order so that later files win:
 * {@code terraform.tfvars}, {@code terraform.tfvars.json}, then {@code *.auto.tfvars} and
 * {@code *.auto.tfvars.json} in lexical order.
 */
final class VariableFiles {

    private VariableFiles() { }

    /** The value expressions by variable name; problems go to {@code diags}. */
    static Map<String, Attribute> read(TemplateFiles files, Module root, ParseOptions options,
                                       List<Diagnostic> diags) throws TemplateSourceException {
        List<String> names = new ArrayList<>();
        List<String> present = files.fileNames(root.dir());
        for (String fixed : List.of("terraform.tfvars", "terraform.tfvars.json")) {
            if (present.contains(fixed)) {
                names.add(fixed);
            }
        }
        for (String n : present) {
            if (n.endsWith(".auto.tfvars") || n.endsWith(".auto.tfvars.json")) {
                names.add(n);
            }
        }
        Map<String, Attribute> values = new LinkedHashMap<>();
        for (String name : names) {
            byte[] bytes = files.read(name);
            if (bytes == null) {
                continue;
            }
            HclFile f = Hcl.parse(new SourceFile(name, bytes), options);
            diags.addAll(f.diagnostics());
            for (Block b : f.body().blocks()) {
                diags.add(Diagnostic.error("Unexpected block", "Blocks are not allowed in a variable definitions"
                    + " file; it may only assign values to variables.", b.typeRange()));
            }
            for (Attribute a : f.body().attributes()) {
                if (!root.variables().containsKey(a.name())) {
                    diags.add(Diagnostic.warning("Value for undeclared variable", "The root module does not declare a"
                        + " variable named " + Messages.quote(a.name()) + " but a value was found in file "
                        + Messages.quote(name) + ". To use this value, add a \"variable\" block to the"
                        + " configuration.", a.nameRange()));
                }
                values.put(a.name(), a);
            }
        }
        return values;
    }
}
