package io.templint.rules.terraform;

import io.templint.api.Severity;
import io.templint.hcl.Attribute;
import io.templint.rules.BlockSite;
import io.templint.rules.Rule;
import io.templint.rules.RuleContext;
import io.templint.rules.RuleMetadata;
import java.util.List;

/** A Git or Mercurial module source without a pinned revision. */
public final class ModulePinnedSourceRule implements Rule {

    static final RuleMetadata METADATA = new RuleMetadata("terraform_module_pinned_source", Severity.WARNING,
        "A Git or Mercurial module source is not pinned to a revision",
        """
        A module fetched from Git (`git::https://...`, `github.com/org/repo`, `git@host:org/repo`) \
        or Mercurial (`hg::...`) without `?ref=` (`?rev=` for Mercurial) follows the default \
        branch: every push of the template and every workspace build may get different code, \
        and for a Coder template a different set of apps, scripts and environment variables. A \
        `ref` naming a default branch (`master`, `main`, `default`, `develop`) does the same. Pin \
        a tag or a commit.

        Matches tflint's `terraform_module_pinned_source` with its default `flexible` style and \
        default branches, in every module folder of the template and in both syntaxes; a Git URL \
        without a host is reported as not valid. tflint's options (the `semver` style, other \
        default branches) have no counterpart. A `bitbucket.org/...` source is taken to be Git: \
        go-getter asks Bitbucket, which has hosted only Git repositories since 2020, and \
        templint asks no one. tflint also checks a source given by a variable with a default; \
        templint checks literal sources only.
        """,
        "https://developer.hashicorp.com/terraform/language/modules/sources#selecting-a-revision");

    private static final List<String> DEFAULT_BRANCHES = List.of("master", "main", "default", "develop");

    @Override
    public RuleMetadata metadata() {
        return METADATA;
    }

    @Override
    public void check(RuleContext ctx) {
        for (BlockSite site : ctx.blocks("module")) {
            Attribute attr = site.attribute("source").orElse(null);
            if (attr == null || !TflintRules.linted(site.file().name())) {
                continue;
            }
            String source = TflintRules.literalString(attr.expression());
            if (source == null || ModuleSources.vcs(source) == null) {
                continue;
            }
            if (!ModuleSources.hasHost(source)) {
                ctx.report(attr.expression(), "module source \"" + source + "\" is not a valid URL");
                continue;
            }
            String key = null;
            String value = null;
            for (String k : List.of("ref", "rev")) {
                String v = ModuleSources.query(source, k);
                if (v != null && !v.isEmpty()) {
                    key = k;
                    value = v;
                    break;
                }
            }
            if (value == null) {
                ctx.report(attr.expression(), "module source \"" + source + "\" is not pinned");
            } else if (DEFAULT_BRANCHES.contains(value)) {
                ctx.report(attr.expression(), "module source \"" + source + "\" uses a default branch as "
                    + key + " (" + value + ")");
            }
        }
    }
}
