package io.templint.hcl.json;

import java.util.List;
import java.util.Map;

/**
 * A nested block type of a {@link BodySchema}: its name, the names of its labels (in JSON each
 * label is one more level of object nesting), and the schema of its body.
 *
 * @param type               the block type name
 * @param labelNames         the labels' names, used in messages ("type", "name")
 * @param body               the body schema
 * @param bodiesByFirstLabel body schemas that replace {@code body} for particular first labels
 *                           (a resource's nested blocks depend on its resource type)
 * @param dynamic            whether this is Terraform's {@code dynamic "type"} block, whose
 *                           {@code content} body has the schema of the generated block type
 */
record BlockSchema(String type, List<String> labelNames, BodySchema body,
                   Map<String, BodySchema> bodiesByFirstLabel, boolean dynamic) {

    BlockSchema {
        labelNames = List.copyOf(labelNames);
        bodiesByFirstLabel = Map.copyOf(bodiesByFirstLabel);
    }

    /** A block type whose body does not depend on its labels. */
    static BlockSchema of(String type, BodySchema body, String... labelNames) {
        return new BlockSchema(type, List.of(labelNames), body, Map.of(), false);
    }

    /** The schema of the body of a block with these labels, nested in a body of schema {@code parent}. */
    BodySchema bodyFor(List<String> labels, BodySchema parent) {
        if (dynamic) {
            return TerraformJsonSchema.dynamicBody(parent, labels.isEmpty() ? "" : labels.get(0));
        }
        if (!labels.isEmpty()) {
            BodySchema specific = bodiesByFirstLabel.get(labels.get(0));
            if (specific != null) {
                return specific;
            }
        }
        return body;
    }
}
