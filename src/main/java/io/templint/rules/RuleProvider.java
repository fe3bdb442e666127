package io.templint.rules;

import java.util.List;

/**
 * Service interface through which other jars add rules: list an implementation in
 * {@code META-INF/services/io.templint.rules.RuleProvider} and {@link RuleRegistry#discover} finds
 * it with {@link java.util.ServiceLoader}. Implementations need a public no-argument constructor.
 */
public interface RuleProvider {

    /** The rules this provider contributes; their ids must not clash with any other rule's. */
    List<Rule> rules();
}
