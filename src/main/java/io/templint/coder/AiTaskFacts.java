package io.templint.coder;

import io.templint.terraform.InstanceCount;
import io.templint.terraform.Resource;

/**
 * A {@code coder_ai_task} resource.
 *
 * @param resource         the resource
 * @param appAttribute     which attribute names its app: {@code app_id} (it wins), {@code sidebar_app.id},
 *                         or null when neither is set
 * @param app              where that attribute leads, or null when neither is set
 * @param plannedInstances how many instances Coder plans at import (its {@code count}/{@code for_each}
 *                         and those of every enclosing module call, with import-time inputs)
 */
public record AiTaskFacts(Resource resource, String appAttribute, Resolution app, InstanceCount plannedInstances) {

    /** The resource's address. */
    public String address() {
        return resource.address();
    }
}
