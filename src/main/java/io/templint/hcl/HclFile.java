package io.templint.hcl;

import java.util.List;
import java.util.Objects;

/**
 * The result of reading one file: its body (as much as could be read), comments and diagnostics.
 * A file with syntax errors still has a body: the parser recovers at the next attribute or block.
 */
public record HclFile(SourceFile source, Body body, List<Comment> comments, List<Diagnostic> diagnostics) {

    public HclFile {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(body, "body");
        comments = List.copyOf(comments);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The file name. */
    public String name() {
        return source.name();
    }

    /** Whether any diagnostic is an error. */
    public boolean hasErrors() {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    /** The source text of a node of this file. */
    public String text(Node n) {
        return source.text(n.range());
    }
}
