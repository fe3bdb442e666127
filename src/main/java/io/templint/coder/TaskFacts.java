package io.templint.coder;

import io.templint.terraform.UnresolvedModuleCall;
import java.util.List;

/**
 * What decides whether a template is a Coder Task template.
 *
 * @param aiTasks           every {@code coder_ai_task} of the module tree
 * @param parameters        every {@code data "coder_parameter"} of the module tree
 * @param promptParameter   the first parameter named "AI Prompt", or null
 * @param sidebarApp        the app the first Task's {@code app_id} / {@code sidebar_app.id} resolves to, or null
 * @param sidebarReference  that reference (resolved or not), or null when no Task names an app
 * @param unresolvedModules the modules not on disk that the verdict depends on (empty when it does not)
 * @param verdict           the verdict under the selected release
 * @param compatibility     the verdict under every range of releases, oldest first
 */
public record TaskFacts(List<AiTaskFacts> aiTasks, List<ParameterFacts> parameters, ParameterFacts promptParameter,
                        AppFacts sidebarApp, Resolution sidebarReference,
                        List<UnresolvedModuleCall> unresolvedModules, Verdict verdict,
                        List<Verdict> compatibility) {

    public TaskFacts {
        aiTasks = List.copyOf(aiTasks);
        parameters = List.copyOf(parameters);
        unresolvedModules = List.copyOf(unresolvedModules);
        compatibility = List.copyOf(compatibility);
    }

    /**
     * The unresolved module the first Task's app id runs into ({@code sidebarApp} is then null),
     * or null.
     */
    public UnresolvedModuleCall sidebarAppFrom() {
        return sidebarApp == null && sidebarReference != null ? sidebarReference.blockedBy() : null;
    }

    /** The verdict under the selected release: true, false or null (unknown). */
    public Boolean capable() {
        return verdict.capable();
    }
}
