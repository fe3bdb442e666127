package io.templint.coder;

import io.templint.terraform.Resource;

/**
 * A {@code coder_app} with its statically known settings.
 *
 * @param resource    the resource
 * @param slug        its slug, or null when not statically known
 * @param displayName its display name, or null
 * @param url         its url, or null
 * @param command     its command, or null
 * @param agent       where its {@code agent_id} leads (null when it has no {@code agent_id})
 * @param planned     false when it has no instance at Coder's import ({@code count = 0}, itself or in
 *                    a module call); its settings are then those written, when literal
 */
public record AppFacts(Resource resource, String slug, String displayName, String url, String command,
                       Resolution agent, boolean planned) {

    /** The app's address. */
    public String address() {
        return resource.address();
    }

    /** The address of the agent the app runs on, or null when it is not known. */
    public String agentAddress() {
        return agent == null ? null : agent.targetAddress();
    }
}
