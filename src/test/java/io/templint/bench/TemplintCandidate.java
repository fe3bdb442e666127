package io.templint.bench;

import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.SourceFile;

/** templint's {@link Hcl#parse(SourceFile)}: bytes to syntax tree with diagnostics. */
final class TemplintCandidate implements Candidate {

    private HclFile last;

    @Override
    public String name() {
        return "templint";
    }

    @Override
    public boolean parse(String name, byte[] bytes) {
        last = Hcl.parse(new SourceFile(name, bytes));
        return !last.hasErrors();
    }

    @Override
    public Object lastResult() {
        return last;
    }
}
