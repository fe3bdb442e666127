package io.templint.rules;

import java.util.Objects;

/**
 * The typed name of one analysis result an {@link AnalysedTemplate} may carry: the module model,
 * static values, Coder facts... Each layer declares its keys as constants, e.g.
 * {@code public static final FactKey<Module> MODULE = FactKey.of("terraform.module", Module.class);},
 * so adding a layer never changes the rule API. Keys compare by identity, like Error Prone's
 * {@code Context.Key}: two keys with the same name are still different keys.
 *
 * @param <T> the type of the value
 */
public final class FactKey<T> {

    private final String name;
    private final Class<T> type;

    private FactKey(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a fact key needs a name");
        }
    }

    /** A new key. Declare it once, as a constant of the layer that produces the value. */
    public static <T> FactKey<T> of(String name, Class<T> type) {
        return new FactKey<>(name, type);
    }

    /** The name, for messages. */
    public String name() {
        return name;
    }

    /** The value's type. */
    public Class<T> type() {
        return type;
    }

    /** {@code value} as this key's type; fails when it is not one. */
    T cast(Object value) {
        return type.cast(value);
    }

    @Override
    public String toString() {
        return "FactKey[" + name + ": " + type.getSimpleName() + "]";
    }
}
