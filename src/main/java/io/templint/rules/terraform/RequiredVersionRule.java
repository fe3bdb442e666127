package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.HclFile;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.rules.BlockSite;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A module without {@code terraform { required_version = ... }}. */
public final class RequiredVersionRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_required_version", Severity.WARNING,
        "A module does not set terraform.required_version",
        """
        Without `required_version` in a `terraform` block, a module says nothing about the \
        Terraform releases it works with, and a release it does not work with fails in a way that \
        is hard to read. A Coder deployment plans templates with the Terraform its provisioners \
        bundle (or the one an administrator installed); the constraint states what the template \
        needs and makes a mismatch an immediate, clear error.

        Matches tflint's `terraform_required_version`, in every module folder of the template: the \
        finding points at the first `terraform` block of the module, or, when there is none, at the \
        start of the module's only file, of its `terraform.tf` or `main.tf`. Where tflint then names \
        a `terraform.tf` that does not exist, templint points at the start of the module's first \
        file instead.

        **Off by default** (enable it with `rule "terraform_required_version" { enabled = true }`), \
        although tflint's `recommended` preset turns it on: Coder plans every template with the \
        Terraform release its provisioners bundle, not one the template's author picks, and none of \
        Coder's starter templates sets `required_version` (25 of the 60 Coder templates templint is \
        tried on would get this finding, every one of them valid), so on by default it would be noise. \
        Turn it on for modules that are also run with other Terraform installations.
        """,
        "https://developer.hashicorp.com/terraform/language/terraform#terraform-required_version").offByDefault();

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        Map<String, List<HclFile>> files = new TreeMap<>();
        for (HclFile f : ctx.files()) {
            if (TflintRules.linted(f.name())) {
                files.computeIfAbsent(ModuleFiles.moduleOf(f.name()), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, List<BlockSite>> blocks = new TreeMap<>();
        for (BlockSite site : ctx.blocks("terraform")) {
            blocks.computeIfAbsent(ModuleFiles.moduleOf(site.file().name()), k -> new ArrayList<>()).add(site);
        }
        for (Map.Entry<String, List<HclFile>> module : files.entrySet()) {
            List<BlockSite> terraform = new ArrayList<>(blocks.getOrDefault(module.getKey(), List.of()));
            if (terraform.stream().anyMatch(b -> b.attribute("required_version").isPresent())) {
                continue;
            }
            String message = "terraform \"required_version\" attribute is required";
            if (!terraform.isEmpty()) {
                terraform.sort(Comparator.comparing((BlockSite b) -> b.file().name())
                    .thenComparingInt(b -> b.block().range().startByte()));
                ctx.report(terraform.get(0).block().headerRange(), message);
                continue;
            }
            List<HclFile> moduleFiles = new ArrayList<>(module.getValue());
            moduleFiles.sort(Comparator.comparing(HclFile::name));
            HclFile at = moduleFiles.get(0);
            if (moduleFiles.size() > 1) {
                String dir = module.getKey().isEmpty() ? "" : module.getKey() + "/";
                for (String base : List.of("terraform.tf", "main.tf")) {
                    HclFile f = moduleFiles.stream().filter(x -> x.name().equals(dir + base)).findFirst().orElse(null);
                    if (f != null) {
                        at = f;
                        break;
                    }
                }
            }
            ctx.report(Range.at(at.name(), Pos.START), message);
        }
    }
}
