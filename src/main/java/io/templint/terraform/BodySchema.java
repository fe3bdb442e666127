package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Diagnostic;
import io.templint.internal.Suggestions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments and nested blocks a block type allows, checked the way HCL decodes a body against
 * a schema: unexpected arguments and blocks, repeated arguments, missing required arguments.
 *
 * @param attributes allowed argument names; null allows any argument (provider-defined bodies)
 * @param blocks     allowed nested block types; null allows any nested block
 * @param required   required argument names
 */
record BodySchema(Set<String> attributes, Set<String> blocks, Set<String> required) {

    /** Checks {@code body} and adds diagnostics to {@code out}. */
    void check(Body body, List<Diagnostic> out) {
        Map<String, Attribute> seen = new HashMap<>();
        for (Attribute a : body.attributes()) {
            Attribute first = seen.putIfAbsent(a.name(), a);
            if (first != null) {
                out.add(Diagnostic.error("Attribute redefined", "The argument " + Messages.quote(a.name())
                    + " was already set at " + Messages.range(first.nameRange()) + ". Each argument may be set only"
                    + " once.", a.nameRange()));
            } else if (attributes != null && !attributes.contains(a.name())) {
                out.add(Diagnostic.error("Unsupported argument", "An argument named " + Messages.quote(a.name())
                    + " is not expected here." + suggestion(a.name(), attributes), a.nameRange()));
            }
        }
        if (blocks != null) {
            for (Block b : body.blocks()) {
                if (!blocks.contains(b.type())) {
                    out.add(unsupportedBlock(b, blocks));
                }
            }
        }
        for (String r : required) {
            if (!seen.containsKey(r)) {
                out.add(Diagnostic.error("Missing required argument", "The argument " + Messages.quote(r)
                    + " is required, but no definition was found.", missingItemRange(body)));
            }
        }
    }

    /** Where HCL reports a missing argument: an empty range at the start of the body (its opening brace). */
    static io.templint.hcl.Range missingItemRange(Body body) {
        return io.templint.hcl.Range.at(body.range().filename(), body.range().start());
    }

    /** HCL's diagnostic for a block type that is not expected. */
    static Diagnostic unsupportedBlock(Block b, Set<String> expected) {
        return Diagnostic.error("Unsupported block type", "Blocks of type " + Messages.quote(b.type())
            + " are not expected here." + suggestion(b.type(), expected), b.typeRange());
    }

    /** Names longer than this are neither corrected nor suggested. */
    private static final int MAX_SUGGESTED_LENGTH = 64;

    /** {@code " Did you mean "x"?"} when a known name is close to {@code given}, else empty. */
    static String suggestion(String given, Set<String> known) {
        if (given.length() > MAX_SUGGESTED_LENGTH) {
            return "";
        }
        List<String> candidates = known.stream().filter(k -> k.length() <= MAX_SUGGESTED_LENGTH).sorted().toList();
        return Suggestions.nearestWithin(given, candidates, 2).map(k -> " Did you mean " + Messages.quote(k) + "?")
            .orElse("");
    }
}
