package io.templint.api;

import java.util.List;

/**
 * Whether a template is a Coder Task template, and why.
 *
 * @param capable           true, false, or null when it depends on modules not on disk
 * @param summary           one sentence that explains the verdict
 * @param aiTasks           every {@code coder_ai_task} in the module tree
 * @param promptParameter   the {@code coder_parameter} named "AI Prompt", or null
 * @param sidebarApp        the app the Task's {@code app_id} / {@code sidebar_app.id} resolves to, or null
 * @param sidebarAppFrom    the address of the unresolved module that the Task's app id comes from,
 *                          when the reference runs into one ({@code sidebarApp} is then null); else null
 * @param unresolvedModules the unresolved modules the verdict depends on (a subset of the template's)
 * @param compatibility     the verdict under every range of Coder releases
 */
public record TaskReport(Boolean capable, String summary, List<SourceRef> aiTasks, SourceRef promptParameter,
                         SidebarApp sidebarApp, String sidebarAppFrom, List<UnresolvedModule> unresolvedModules,
                         List<Compatibility> compatibility) {
    /**
     * Copies the lists, which must not be null, into immutable ones.
     *
     * @param capable true, false, or null when it depends on modules not on disk
     * @param summary one sentence that explains the verdict
     * @param aiTasks every {@code coder_ai_task} in the module tree
     * @param promptParameter the {@code coder_parameter} named "AI Prompt", or null
     * @param sidebarApp the app the Task's {@code app_id} / {@code sidebar_app.id} resolves to, or null
     * @param sidebarAppFrom the unresolved module the Task's app id comes from, or null
     * @param unresolvedModules the unresolved modules the verdict depends on
     * @param compatibility the verdict under every range of Coder releases
     */
    public TaskReport {
        aiTasks = List.copyOf(aiTasks);
        unresolvedModules = List.copyOf(unresolvedModules);
        compatibility = List.copyOf(compatibility);
    }
}
