package io.templint.hcl.json;

import java.util.Map;

/**
 * How the strings of a JSON value are read, which is where Terraform's JSON syntax departs from a
 * plain data format. Objects and arrays pass their mode on to their members.
 */
sealed interface ValueMode {

    /** The three ways a JSON string can be read. */
    enum Strings implements ValueMode {
        /** As a native-syntax template ({@code "Hello ${var.name}"}): HCL's rule for expressions. */
        TEMPLATE,
        /** As a literal string, no interpolation (variable defaults, module sources, backend settings). */
        LITERAL,
        /**
         * As a native-syntax expression (references and keywords such as {@code depends_on},
         * {@code provider}, a variable's {@code type}, {@code ignore_changes = "all"}).
         */
        EXPRESSION
    }

    /**
     * An object whose named properties have their own modes; anything else (other properties,
     * the property names, a value that is not an object) uses {@code otherwise}.
     */
    record Properties(Map<String, ValueMode> byName, Strings otherwise) implements ValueMode {
        public Properties {
            byName = Map.copyOf(byName);
        }
    }

    /** The mode for strings found directly in a value read with this mode. */
    default Strings strings() {
        return this instanceof Strings s ? s : ((Properties) this).otherwise();
    }

    /** The mode of the value of property {@code name} of an object read with this mode. */
    default ValueMode property(String name) {
        return this instanceof Properties p ? p.byName().getOrDefault(name, p.otherwise()) : this;
    }
}
