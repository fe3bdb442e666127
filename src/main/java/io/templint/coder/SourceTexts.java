package io.templint.coder;

import io.templint.hcl.HclFile;
import io.templint.hcl.Node;
import io.templint.hcl.Range;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleTree;
import java.util.HashMap;
import java.util.Map;

/** The source text of expressions anywhere in a module tree. */
final class SourceTexts {

    private final Map<String, HclFile> files = new HashMap<>();

    SourceTexts(ModuleTree tree) {
        for (Module m : tree.modules().values()) {
            for (HclFile f : m.files()) {
                files.putIfAbsent(f.name(), f);
            }
        }
    }

    /** The text of {@code range}, or the empty string when its file is unknown. */
    String text(Range range) {
        HclFile f = files.get(range.filename());
        return f == null ? "" : f.source().text(range);
    }

    /** The text of a node. */
    String text(Node node) {
        return text(node.range());
    }
}
