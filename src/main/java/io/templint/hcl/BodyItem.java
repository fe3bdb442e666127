package io.templint.hcl;

/** An item of a {@link Body}: an attribute or a block. */
public sealed interface BodyItem extends Node permits Attribute, Block {
}
