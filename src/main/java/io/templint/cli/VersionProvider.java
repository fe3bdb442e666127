package io.templint.cli;

import io.templint.api.Report;
import picocli.CommandLine.IVersionProvider;

/** {@code templint --version}: {@code templint 0.1.0}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {Report.Tool.TEMPLINT.name() + " " + Report.Tool.TEMPLINT.version()};
    }
}
