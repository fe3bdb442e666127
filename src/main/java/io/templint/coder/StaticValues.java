package io.templint.coder;

import io.templint.eval.Convert;
import io.templint.eval.Value;

/** Reading statically known values the way Coder's string arguments take them. */
final class StaticValues {

    private StaticValues() { }

    /** Data sources whose import-time values stand in for what each workspace decides. */
    private static final java.util.List<String> PER_WORKSPACE = java.util.List.of(
        "data.coder_parameter.", "data.coder_workspace.", "data.coder_task.");

    /**
     * The value as a string, or null when it is not statically known or derives from something each
     * workspace decides (a parameter's value, the workspace's transition): import-time stand-ins
     * are right for counting instances, not for reporting a value.
     */
    static String settled(Value v) {
        if (v == null) {
            return null;
        }
        for (String origin : v.deepMarks().origins()) {
            for (String p : PER_WORKSPACE) {
                if (origin.startsWith(p) || origin.contains("." + p)) {
                    return null;
                }
            }
        }
        return string(v);
    }

    /**
     * The value as a string, as Terraform converts it for a string argument (numbers and bools
     * become their text); null when it is unknown, null or not a primitive.
     */
    static String string(Value v) {
        return Convert.toText(v);
    }
}
