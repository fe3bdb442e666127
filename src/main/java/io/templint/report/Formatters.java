package io.templint.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of output formats, by name. {@link #standard()} holds every format templint ships;
 * services may {@link #register} their own.
 */
public final class Formatters {

    private final Map<String, Formatter> byName = new LinkedHashMap<>();

    /** An empty registry. */
    public Formatters() {
    }

    /** Every format templint ships, {@code text} first. */
    public static Formatters standard() {
        return new Formatters()
            .register(new TextFormatter())
            .register(new CompactFormatter())
            .register(new JsonFormatter())
            .register(new SarifFormatter())
            .register(new CheckstyleFormatter())
            .register(new JunitFormatter())
            .register(new GithubFormatter());
    }

    /**
     * The {@code text} format for a hook ({@code templint check --quiet}): nothing when every
     * template is clean, else the findings of the templates that have any, with code frames, and
     * one line of verdict; no Task verdict, environment or secrets summary.
     */
    public static Formatter quietText() {
        return new TextFormatter(true);
    }

    /** Adds a format; a format of the same name is replaced. */
    public Formatters register(Formatter formatter) {
        byName.put(formatter.name(), formatter);
        return this;
    }

    /** The format of this name. */
    public Optional<Formatter> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names of every format, in registration order. */
    public List<String> names() {
        return new ArrayList<>(byName.keySet());
    }

    /** Every format, in registration order. */
    public List<Formatter> all() {
        return new ArrayList<>(byName.values());
    }
}
