package io.templint.api;

import io.templint.coder.AgentFacts;
import io.templint.coder.AiTaskFacts;
import io.templint.coder.AppFacts;
import io.templint.coder.CoderFacts;
import io.templint.coder.EnvVarFacts;
import io.templint.coder.ParameterFacts;
import io.templint.coder.Resolution;
import io.templint.coder.SensitiveVariableFacts;
import io.templint.coder.TaskFacts;
import io.templint.coder.Verdict;
import io.templint.terraform.Declaration;
import io.templint.terraform.UnresolvedModuleCall;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Turns {@link CoderFacts} into the report records of the contract. */
final class ReportAssembler {

    private final UnaryOperator<String> display;

    /** @param display maps a path inside the template to the path a user would open */
    ReportAssembler(UnaryOperator<String> display) {
        this.display = display;
    }

    TaskReport task(CoderFacts facts) {
        TaskFacts t = facts.task();
        List<SourceRef> aiTasks = t.aiTasks().stream().map(AiTaskFacts::resource).map(this::ref).toList();
        ParameterFacts prompt = t.promptParameter();
        List<Compatibility> compatibility = new ArrayList<>();
        for (Verdict v : t.compatibility()) {
            compatibility.add(new Compatibility(v.release().label(), v.capable(), v.reason()));
        }
        return new TaskReport(t.capable(), t.verdict().reason(), aiTasks, prompt == null ? null : ref(prompt.resource()),
            sidebar(t.sidebarApp(), t.sidebarReference()),
            t.sidebarAppFrom() == null ? null : t.sidebarAppFrom().address(),
            t.unresolvedModules().stream().map(UnresolvedModuleCall::toReport).toList(), compatibility);
    }

    /**
     * The Task entry of a folder checked as a module: no verdict of its own ({@code capable} null,
     * in every release range too), since the template that calls it decides; the Tasks, prompt
     * parameter and app it declares are listed as facts.
     *
     * @param why why it is a module, e.g. {@code it declares variable "agent_id" and no coder_agent}
     */
    TaskReport moduleTask(CoderFacts facts, String why) {
        TaskReport t = task(facts);
        String summary = MODULE_SUMMARY + " (" + why + ")";
        List<Compatibility> compatibility = t.compatibility().stream()
            .map(c -> new Compatibility(c.coder(), null, MODULE_SUMMARY)).toList();
        return new TaskReport(null, summary, t.aiTasks(), t.promptParameter(), t.sidebarApp(), t.sidebarAppFrom(),
            List.of(), compatibility);
    }

    /** The summary of a module's Task entry. */
    static final String MODULE_SUMMARY = "a module: its caller decides whether it is a Task";


    List<UnresolvedModule> unresolvedModules(CoderFacts facts) {
        return facts.unresolvedModules().stream().map(UnresolvedModuleCall::toReport).toList();
    }

    private SidebarApp sidebar(AppFacts app, Resolution reference) {
        if (app == null || reference == null) {
            return null;
        }
        return new SidebarApp(app.address(), app.slug(), app.displayName(), app.agentAddress(),
            reference.expression(), app.url(), app.command(), display.apply(app.resource().file()),
            app.resource().line(), app.planned());
    }

    List<AgentReport> agents(CoderFacts facts) {
        List<AgentReport> out = new ArrayList<>();
        for (AgentFacts a : facts.agents()) {
            List<EnvEntry> env = new ArrayList<>();
            for (EnvVarFacts e : a.env()) {
                env.add(new EnvEntry(e.name(), e.value(), e.expression(), e.sensitive(), e.source(),
                    display.apply(e.range().filename()), e.range().startLine(), e.planned(), e.mergeStrategy()));
            }
            out.add(new AgentReport(a.address(), a.name(), a.envComplete(),
                a.envMayComeFrom().stream().map(UnresolvedModuleCall::address).toList(), env));
        }
        return out;
    }

    List<SensitiveVariable> sensitiveVariables(CoderFacts facts) {
        List<SensitiveVariable> out = new ArrayList<>();
        for (SensitiveVariableFacts s : facts.sensitiveVariables()) {
            out.add(new SensitiveVariable(s.address(), s.variable().name(), display.apply(s.variable().file()),
                s.variable().line(), s.variable().hasDefault(), s.usedBy()));
        }
        return out;
    }

    private SourceRef ref(Declaration d) {
        return new SourceRef(d.address(), display.apply(d.file()), d.line());
    }
}
