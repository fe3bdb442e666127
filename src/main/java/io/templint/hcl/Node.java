package io.templint.hcl;

/** Any node of the syntax tree: it knows the range of source it was read from. */
public interface Node {
    /** The full source range of this node. */
    Range range();
}
