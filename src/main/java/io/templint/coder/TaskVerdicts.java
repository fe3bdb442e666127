package io.templint.coder;

import io.templint.terraform.UnresolvedModuleCall;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Decides whether a template is Task-capable under each range of Coder releases, from the
 * {@code coder_ai_task} resources and "AI Prompt" parameters found and the modules that could not
 * be loaded. A verdict is null, never a guess, when the answer depends on a module not on disk.
 */
final class TaskVerdicts {

    private final List<AiTaskFacts> aiTasks;
    private final ParameterFacts prompt;
    private final List<ParameterFacts> parameters;
    private final List<UnresolvedModuleCall> unresolved;
    private final List<UnresolvedModuleCall> plannedUnresolved;

    /**
     * @param unresolved        every module call whose source is not on disk
     * @param plannedUnresolved those of them Coder plans an instance of at import (or may)
     */
    TaskVerdicts(List<AiTaskFacts> aiTasks, List<ParameterFacts> parameters, List<UnresolvedModuleCall> unresolved,
                 List<UnresolvedModuleCall> plannedUnresolved) {
        this.aiTasks = aiTasks;
        this.parameters = parameters;
        this.prompt = parameters.stream().filter(p -> p.isAiPrompt() && p.planned()).findFirst().orElse(null);
        this.unresolved = unresolved;
        this.plannedUnresolved = plannedUnresolved;
    }

    /** The verdict under every range of releases, oldest first. */
    List<Verdict> all() {
        List<Verdict> out = new ArrayList<>();
        for (CoderRelease r : CoderRelease.values()) {
            out.add(verdict(r));
        }
        return out;
    }

    /** The verdict under one range. */
    Verdict verdict(CoderRelease release) {
        if (release == CoderRelease.FROM_2_37) {
            return new Verdict(release, false, "Coder 2.37 and later removed Tasks: coder_ai_task is ignored");
        }
        List<String> missing = new ArrayList<>();
        if (release.needsAiTask() && !hasAiTask(release)) {
            missing.add(release.countsPlannedInstances() && !aiTasks.isEmpty() ? plannedProblem()
                : "no coder_ai_task resource is defined");
        }
        if (release.needsPromptParameter() && prompt == null) {
            missing.add("no data \"coder_parameter\" is named \"AI Prompt\"" + unplannedPrompts() + unknownNames());
        }
        if (missing.isEmpty()) {
            return new Verdict(release, true, satisfied(release));
        }
        if (!unresolved(release).isEmpty() || release.countsPlannedInstances() && unknownPlanned()) {
            return new Verdict(release, null, String.join(" and ", missing) + " in the modules on disk,"
                + " but " + dependency(release));
        }
        String reason = String.join(" and ", missing) + " in the module tree";
        if (release == CoderRelease.V2_24_TO_2_27 && !aiTasks.isEmpty()) {
            reason += ": Coder rejects a template with a coder_ai_task but no \"AI Prompt\" parameter at import";
        }
        return new Verdict(release, false, reason);
    }

    /** The modules not on disk that could change the verdict under {@code release}. */
    List<UnresolvedModuleCall> unresolved(CoderRelease release) {
        return release.countsPlannedInstances() ? plannedUnresolved : unresolved;
    }

    private boolean hasAiTask(CoderRelease release) {
        if (!release.countsPlannedInstances()) {
            return !aiTasks.isEmpty();
        }
        return aiTasks.stream().anyMatch(t -> t.plannedInstances().isKnown() && t.plannedInstances().count() > 0);
    }

    private boolean unknownPlanned() {
        return aiTasks.stream().anyMatch(t -> !t.plannedInstances().isKnown());
    }

    private String plannedProblem() {
        List<String> parts = new ArrayList<>();
        for (AiTaskFacts t : aiTasks) {
            parts.add(t.plannedInstances().isKnown() ? t.address() + " has no instance at import: count = 0"
                : t.plannedInstances().reason());
        }
        return String.join("; ", parts);
    }

    /** The parameters named "AI Prompt" that Coder does not see: they have no instance at import. */
    private String unplannedPrompts() {
        List<String> off = parameters.stream().filter(p -> p.isAiPrompt() && !p.planned())
            .map(ParameterFacts::address).toList();
        return off.isEmpty() ? "" : " with an instance at import (" + String.join(", ", off)
            + (off.size() == 1 ? " has" : " have") + " no instance at import: count = 0)";
    }

    private String unknownNames() {
        List<String> unknown = parameters.stream().filter(p -> p.name() == null).map(ParameterFacts::address).toList();
        return unknown.isEmpty() ? "" : " (the name of " + String.join(", ", unknown) + " is not known statically)";
    }

    private String dependency(CoderRelease release) {
        String count = "the instance count of a coder_ai_task is not known statically";
        List<UnresolvedModuleCall> missing = unresolved(release);
        if (missing.isEmpty()) {
            return count;
        }
        String modules = "it depends on " + missing.stream().map(TaskVerdicts::describe)
            .collect(Collectors.joining(", ")) + ", which " + (missing.size() == 1 ? "is" : "are") + " not on disk"
            + catalogNotes(missing);
        return release.countsPlannedInstances() && unknownPlanned() ? count + ", and " + modules : modules;
    }

    /**
     * Why the module catalog did not give a module not on disk, when it knows the module:
     * {@code  (templint's module catalog (2026-08-21) is older than version 9.0.0: ...)}.
     */
    private static String catalogNotes(List<UnresolvedModuleCall> missing) {
        StringBuilder out = new StringBuilder();
        for (UnresolvedModuleCall u : missing) {
            String reason = u.reason();
            int at = reason == null ? -1 : reason.indexOf(CATALOG_NOTE);
            if (at >= 0) {
                out.append(out.length() == 0 ? " (" : "; ").append(reason.substring(at + CATALOG_NOTE.length()));
            }
        }
        return out.length() == 0 ? "" : out.append(")").toString();
    }

    /** Where the loader's reason for a module not on disk goes on with what the module catalog says. */
    private static final String CATALOG_NOTE = "is not installed in .terraform/modules, and ";

    /** {@code module.claude-code (registry.coder.com/coder/claude-code/coder 3.0.0)}. */
    static String describe(UnresolvedModuleCall u) {
        if (u.source() == null) {
            return u.address();
        }
        return u.address() + " (" + u.source() + (u.version() == null ? "" : " " + u.version()) + ")";
    }

    private String satisfied(CoderRelease release) {
        String tasks = aiTasks.stream().map(AiTaskFacts::address).collect(Collectors.joining(", "));
        String param = prompt == null ? null : "the \"AI Prompt\" parameter " + prompt.address();
        return switch (release) {
            case UP_TO_2_23 -> param + " is defined";
            case V2_24_TO_2_27 -> tasks + " and " + param + " are both defined";
            case V2_34_TO_2_36 -> tasks + (aiTasks.size() == 1 ? " has" : " have") + " a planned instance at import";
            default -> tasks + (aiTasks.size() == 1 ? " is" : " are") + " defined";
        };
    }
}
