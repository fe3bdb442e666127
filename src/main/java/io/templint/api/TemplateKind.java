package io.templint.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a checked folder is: a Coder template (a root module that Coder imports) or a module (a
 * folder other templates call). A module is checked for syntax, Terraform validity and the rules
 * that apply inside a module, but it gets no Task verdict of its own: the template that calls it
 * decides whether it is a Task.
 */
public enum TemplateKind {
    /** A Coder template: Coder imports it, and it gets a Task verdict. */
    TEMPLATE,
    /** A module: other folders call it; the template that calls it decides whether it is a Task. */
    MODULE;

    /**
     * Lower-case name as used in reports, options and {@code .templint.hcl}.
     *
     * @return {@code template} or {@code module}
     */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code template} or {@code module} (any case).
     *
     * @param s the label
     * @return the kind
     * @throws IllegalArgumentException when it is neither
     */
    @JsonCreator
    public static TemplateKind parse(String s) {
        for (TemplateKind k : values()) {
            if (k.label().equalsIgnoreCase(s.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind '" + s + "' (expected template or module)");
    }
}
