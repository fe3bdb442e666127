package io.templint.cli;

import io.templint.api.Templint;
import io.templint.rules.RuleRegistry;
import io.templint.rules.TemplintConfig;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link Templint} instances of one run: one per configuration, so that each template is checked
 * with its own {@code .templint.hcl}. All are made before any template is analysed, so that the
 * threads analysing templates only read them.
 *
 * @param common   the instance of the configuration that applies to every input (or the command line's)
 * @param perInput the instance of each input, in the order of the request's inputs
 */
record Instances(Templint common, List<Templint> perInput) {

    /** The instances {@code request} asks for, running {@code registry}'s rules. */
    static Instances of(RuleRegistry registry, AnalysisRequest request) {
        Map<TemplintConfig, Templint> made = new IdentityHashMap<>();
        Templint common = made(registry, request, request.config(), made);
        List<Templint> perInput = new ArrayList<>();
        for (int i = 0; i < request.inputs().size(); i++) {
            perInput.add(made(registry, request, request.configOf(i), made));
        }
        return new Instances(common, List.copyOf(perInput));
    }

    private static Templint made(RuleRegistry registry, AnalysisRequest request, TemplintConfig config,
                                 Map<TemplintConfig, Templint> made) {
        Templint found = made.get(config);
        if (found != null) {
            return found;
        }
        try {
            Templint t = Templint.builder().rules(registry).config(config)
                .coderVersion(request.effectiveCoderVersion()).kind(request.kind()).moduleRoot(request.moduleRoot())
                .moduleCatalog(request.moduleCatalog()).build();
            made.put(config, t);
            return t;
        } catch (IllegalArgumentException e) {
            throw new AnalysisException(e.getMessage(), e);
        }
    }
}
