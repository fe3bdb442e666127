package io.templint.coder;

import io.templint.terraform.Module;
import io.templint.terraform.Resource;

/**
 * Whether a folder's own code shows it is a Coder module rather than a template: it declares
 * {@code variable "agent_id"} (the agent the module adds to, which a template would create itself)
 * and no {@code resource "coder_agent"}. Every module of Coder's registry and of coder/modules
 * takes {@code agent_id}, and no template does. Provider blocks say nothing either way: templates
 * configure their providers, and so do some modules ({@code jfrog-token} configures
 * {@code artifactory}).
 */
public final class ModuleSignature {

    /** The variable through which a Coder module receives the agent it works on. */
    public static final String AGENT_ID_VARIABLE = "agent_id";

    private ModuleSignature() { }

    /**
     * Why {@code root} looks like a module, or null when it looks like a template.
     *
     * @param root a folder's root module
     * @return a short reason, e.g. {@code it declares variable "agent_id" and no coder_agent}, or null
     */
    public static String of(Module root) {
        if (!root.variables().containsKey(AGENT_ID_VARIABLE)
                || !root.resources(Resource.Mode.MANAGED, "coder_agent").isEmpty()) {
            return null;
        }
        return "it declares variable \"" + AGENT_ID_VARIABLE + "\" and no coder_agent";
    }
}
