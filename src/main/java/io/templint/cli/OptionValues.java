package io.templint.cli;

import io.templint.api.TemplateKind;
import io.templint.rules.FailOn;
import java.util.Locale;

/**
 * How the values of {@code --fail-on} and {@code --kind} are read (any case, spaces around ignored),
 * for picocli's converters and for {@link FastCommandLine}, which must not load picocli's converter interface.
 */
final class OptionValues {

    private OptionValues() { }

    /**
     * {@code --fail-on}'s value.
     *
     * @throws IllegalArgumentException when it is not error, warning, notice or never
     */
    static FailOn failOn(String value) {
        return FailOn.parse(value.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * {@code --kind}'s value: auto (a choice without a kind), template or module.
     *
     * @throws IllegalArgumentException when it is none of them
     */
    static KindConverter.Choice kind(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return new KindConverter.Choice(v.equals("auto") ? null : TemplateKind.parse(v));
    }
}
