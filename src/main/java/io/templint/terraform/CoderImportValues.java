package io.templint.terraform;

import io.templint.eval.Convert;
import io.templint.eval.Marks;
import io.templint.eval.Type;
import io.templint.eval.Value;
import java.util.Map;
import java.util.Set;

/**
 * What Coder's data sources hold when Coder imports a template (a plan without a workspace):
 * {@code data.coder_workspace.*.start_count} is 1 and {@code transition} is {@code "start"},
 * {@code data.coder_task.*.enabled} is false, {@code data.coder_parameter.*.value} is its
 * {@code default} (unknown without one). Also which computed attributes of Coder's resources are
 * secrets, so that values derived from them are marked sensitive.
 */
final class CoderImportValues {

    /** Computed attributes that hold secrets, by resource type (data sources prefixed with {@code data.}). */
    private static final Map<String, Set<String>> SECRETS = Map.of(
        "coder_agent", Set.of("token"),
        "data.coder_workspace_owner", Set.of("session_token", "ssh_private_key", "oidc_access_token"),
        "data.coder_external_auth", Set.of("access_token"),
        "data.coder_secret", Set.of("value"));

    private CoderImportValues() { }

    /**
     * The import-time value of {@code attribute} of {@code r}, or null when Coder gives it no fixed
     * value at import (the caller then falls back to the configuration or an unknown value).
     */
    static Value value(Resource r, String attribute, ModuleEvaluation module) {
        if (!r.isData()) {
            return secret(r, attribute);
        }
        switch (r.type()) {
            case "coder_workspace" -> {
                if (attribute.equals("start_count")) {
                    return Value.number(1);
                }
                if (attribute.equals("transition")) {
                    return Value.string("start");
                }
            }
            case "coder_task" -> {
                if (attribute.equals("enabled")) {
                    return Value.FALSE;
                }
            }
            case "coder_parameter" -> {
                if (attribute.equals("value")) {
                    return parameterValue(r, module);
                }
            }
            default -> { }
        }
        return secret(r, attribute);
    }

    private static Value secret(Resource r, String attribute) {
        String key = (r.isData() ? "data." : "") + r.type();
        Set<String> secrets = SECRETS.get(key);
        if (secrets != null && secrets.contains(attribute)) {
            String address = r.address() + "." + attribute;
            return Value.unknown(Type.STRING, address + " is a secret known only when a workspace is built")
                .mark(Marks.sensitive(address));
        }
        return null;
    }

    private static Value parameterValue(Resource r, ModuleEvaluation module) {
        var dflt = r.attribute("default");
        if (dflt == null) {
            return Value.unknown(Type.STRING, "parameter " + r.address() + " has no default: the workspace owner"
                + " chooses its value");
        }
        Value v = module.attributeValue(r, "default");
        if (!v.isKnown()) {
            return v;
        }
        String text = Convert.toText(v);
        if (text != null) {
            return Value.string(text).withMarks(v.marks());
        }
        return Value.unknown(Type.STRING, "the default of parameter " + r.address() + " is not a string");
    }
}
