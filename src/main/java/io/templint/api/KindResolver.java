package io.templint.api;

import io.templint.coder.ModuleSignature;
import io.templint.rules.PathConfig;
import io.templint.rules.TemplintConfig;
import io.templint.terraform.Module;
import java.util.Optional;

/**
 * Decides whether an input is a template or a module, first rule that applies:
 * <ol>
 *   <li>the input's own kind ({@link Input#kind()});</li>
 *   <li>the kind of the run ({@link Templint.Builder#kind}, {@code --kind});</li>
 *   <li>the last {@code paths} block of the configuration that matches the input's location and
 *       sets {@code kind} ({@code auto} goes on with the next rules);</li>
 *   <li>another input of the run calls it as a local module;</li>
 *   <li>its own code: {@link ModuleSignature};</li>
 *   <li>otherwise a template.</li>
 * </ol>
 */
final class KindResolver {

    /** An input's kind and, for a module, why (for the Task summary). */
    record Decision(TemplateKind kind, String reason) {
        static Decision template() {
            return new Decision(TemplateKind.TEMPLATE, null);
        }
    }

    private final TemplateKind runKind;
    private final TemplintConfig config;

    /**
     * @param runKind the kind every input of the run has, or null to decide per input
     * @param config  the configuration whose {@code paths} blocks apply
     */
    KindResolver(TemplateKind runKind, TemplintConfig config) {
        this.runKind = runKind;
        this.config = config;
    }

    Decision decide(Input input, LocalModuleCalls calls, Module root) {
        if (input.kind() != null) {
            return of(input.kind(), "the analysis was asked to check it as a module");
        }
        if (runKind != null) {
            return of(runKind, "the run checks every folder as a module (--kind module)");
        }
        Optional<PathConfig> configured = config.kindAt(input.location());
        if (configured.isPresent() && configured.get().kind().forced() != null) {
            PathConfig p = configured.get();
            String where = p.range() == null ? "the configuration"
                : fileName(p.range().filename()) + " line " + p.range().startLine();
            return of(p.kind().forced(), "paths \"" + p.pattern().glob() + "\" of " + where + " says so");
        }
        Optional<String> caller = calls.callerOf(input.location());
        if (caller.isPresent()) {
            return new Decision(TemplateKind.MODULE, caller.get() + " calls it as a local module");
        }
        String signature = root == null ? null : ModuleSignature.of(root);
        return signature != null ? new Decision(TemplateKind.MODULE, signature) : Decision.template();
    }

    private static Decision of(TemplateKind kind, String moduleReason) {
        return kind == TemplateKind.MODULE ? new Decision(kind, moduleReason) : Decision.template();
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf(java.io.File.separatorChar));
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
