package io.templint.cli;

import io.templint.api.Report;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code templint --version}: {@code templint 0.1.0}, then the date of the module catalog and the
 * registry commit it was built from ({@code module catalog 2026-08-21 (coder/registry 6be121e4)}).
 */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        io.templint.terraform.ModuleCatalog catalog = io.templint.terraform.ModuleCatalog.get();
        String commit = catalog.registryCommit();
        String line = catalog.date() == null ? "module catalog: none"
            : "module catalog " + catalog.date() + " (coder/registry "
                + (commit == null ? "?" : commit.substring(0, Math.min(8, commit.length()))) + ")";
        return new String[] {Report.Tool.TEMPLINT.name() + " " + Report.Tool.TEMPLINT.version(), line};
    }
}
