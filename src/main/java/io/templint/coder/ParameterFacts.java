package io.templint.coder;

import io.templint.hcl.Range;
import io.templint.terraform.Resource;

/**
 * A {@code data "coder_parameter"} and its statically evaluated {@code name}.
 *
 * @param resource  the data source
 * @param name      the value of {@code name}, or null when it is not statically known (or missing)
 * @param nameRange the range of the {@code name} expression, or the block header when it is missing
 * @param planned   false when it has no instance at Coder's import ({@code count = 0}, itself or in
 *                  a module call): Coder then sees no such parameter; {@code name} is the one written
 */
public record ParameterFacts(Resource resource, String name, Range nameRange, boolean planned) {

    /** The name Coder gives the Task prompt parameter. */
    public static final String AI_PROMPT = "AI Prompt";

    /** Whether this is named "AI Prompt" (compared exactly, as Coder does), planned at import or not. */
    public boolean isAiPrompt() {
        return AI_PROMPT.equals(name);
    }

    /** The parameter's address. */
    public String address() {
        return resource.address();
    }
}
