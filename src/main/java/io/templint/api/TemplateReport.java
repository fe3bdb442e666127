package io.templint.api;

import java.util.List;

/**
 * Everything templint found out about one template.
 *
 * @param path               the template path as given
 * @param kind               whether it was checked as a template or as a module
 * @param task               the Task verdict
 * @param unresolvedModules  every module call whose source templint did not analyse, whatever the
 *                           verdict, with the reason
 * @param agents             every agent and its environment
 * @param sensitiveVariables every sensitive variable and where it flows
 * @param diagnostics        syntax errors, loader problems and rule findings, in file and line order
 * @param resolvedModules    the module calls not on disk that templint analysed from its module
 *                           catalog ({@code resolvedFrom: "catalog"}), with the version and the catalog date
 */
public record TemplateReport(String path, TemplateKind kind, TaskReport task, List<UnresolvedModule> unresolvedModules,
                             List<AgentReport> agents, List<SensitiveVariable> sensitiveVariables,
                             List<Finding> diagnostics, List<ResolvedModule> resolvedModules) {
    /**
     * Copies the lists, which must not be null, into immutable ones.
     *
     * @param path the template path as given
     * @param kind whether it was checked as a template or as a module (null: a template)
     * @param task the Task verdict
     * @param unresolvedModules every module call whose source templint did not analyse
     * @param agents every agent and its environment
     * @param sensitiveVariables every sensitive variable and where it flows
     * @param diagnostics syntax errors, loader problems and rule findings, in file and line order
     */
    public TemplateReport {
        kind = kind == null ? TemplateKind.TEMPLATE : kind;
        unresolvedModules = List.copyOf(unresolvedModules);
        agents = List.copyOf(agents);
        sensitiveVariables = List.copyOf(sensitiveVariables);
        diagnostics = List.copyOf(diagnostics);
        resolvedModules = resolvedModules == null ? List.of() : List.copyOf(resolvedModules);
    }

    /**
     * An entry with no module resolved from the module catalog.
     *
     * @param path the template path as given
     * @param kind whether it was checked as a template or as a module (null: a template)
     * @param task the Task verdict
     * @param unresolvedModules every module call whose source templint did not analyse
     * @param agents every agent and its environment
     * @param sensitiveVariables every sensitive variable and where it flows
     * @param diagnostics syntax errors, loader problems and rule findings, in file and line order
     */
    public TemplateReport(String path, TemplateKind kind, TaskReport task, List<UnresolvedModule> unresolvedModules,
                          List<AgentReport> agents, List<SensitiveVariable> sensitiveVariables,
                          List<Finding> diagnostics) {
        this(path, kind, task, unresolvedModules, agents, sensitiveVariables, diagnostics, List.of());
    }

    /**
     * The entry of a folder checked as a template.
     *
     * @param path the template path as given
     * @param task the Task verdict
     * @param unresolvedModules every module call whose source templint did not analyse
     * @param agents every agent and its environment
     * @param sensitiveVariables every sensitive variable and where it flows
     * @param diagnostics syntax errors, loader problems and rule findings, in file and line order
     */
    public TemplateReport(String path, TaskReport task, List<UnresolvedModule> unresolvedModules,
                          List<AgentReport> agents, List<SensitiveVariable> sensitiveVariables,
                          List<Finding> diagnostics) {
        this(path, TemplateKind.TEMPLATE, task, unresolvedModules, agents, sensitiveVariables, diagnostics);
    }

    /**
     * The entry of a folder checked as a template, with no unresolved module.
     *
     * @param path the template path as given
     * @param task the Task verdict
     * @param agents every agent and its environment
     * @param sensitiveVariables every sensitive variable and where it flows
     * @param diagnostics syntax errors, loader problems and rule findings, in file and line order
     */
    public TemplateReport(String path, TaskReport task, List<AgentReport> agents,
                          List<SensitiveVariable> sensitiveVariables, List<Finding> diagnostics) {
        this(path, TemplateKind.TEMPLATE, task, List.of(), agents, sensitiveVariables, diagnostics);
    }

    /**
     * The same report with other diagnostics (e.g. only those in some files, or without the findings a
     * baseline knows).
     *
     * @param kept the diagnostics
     * @return the copy
     */
    public TemplateReport withDiagnostics(List<Finding> kept) {
        return new TemplateReport(path, kind, task, unresolvedModules, agents, sensitiveVariables, kept, resolvedModules);
    }
}
