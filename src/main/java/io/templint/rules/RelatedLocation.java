package io.templint.rules;

import io.templint.hcl.Node;
import io.templint.hcl.Range;
import java.util.Objects;

/**
 * Another place involved in a finding, e.g. the first of two duplicate declarations.
 *
 * @param range   where
 * @param message what is there, e.g. "first declared here"
 */
public record RelatedLocation(Range range, String message) {

    public RelatedLocation {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(message, "message");
    }

    /** A related location at a node. */
    public static RelatedLocation at(Node node, String message) {
        return new RelatedLocation(node.range(), message);
    }
}
