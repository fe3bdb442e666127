package io.templint.coder;

import io.templint.eval.Value;
import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Expression;
import io.templint.terraform.InstanceCount;
import io.templint.terraform.Literals;
import io.templint.terraform.ModuleCall;
import io.templint.terraform.ModuleEvaluation;
import io.templint.terraform.ModulePath;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Reference;
import io.templint.terraform.Resource;
import io.templint.terraform.TemplateEvaluation;
import io.templint.terraform.UnresolvedModuleCall;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes the {@link CoderFacts} of a loaded template: Task verdicts for every range of Coder
 * releases, the Task's sidebar app, agents and their environment, {@code coder_env} bindings and
 * the flows of sensitive variables. Reads the module tree and evaluates statically with Coder's
 * import-time inputs; never fails on bad configuration (what cannot be known is reported as such).
 *
 * <p>Each call works on its own evaluation, so concurrent calls on the same tree are safe.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class CoderAnalysis {

    private final ModuleTree tree;
    private final TemplateEvaluation evaluation;
    private final SourceTexts texts;
    private final ReferenceFollower follower;

    private CoderAnalysis(TemplateEvaluation evaluation) {
        this.tree = evaluation.tree();
        this.evaluation = evaluation;
        this.texts = new SourceTexts(tree);
        this.follower = new ReferenceFollower(tree, texts);
    }

    /** The Coder facts of {@code tree}, with {@code release}'s rule deciding the Task verdict. */
    public static CoderFacts analyze(ModuleTree tree, CoderRelease release) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(release, "release");
        return analyze(tree.evaluation(), release);
    }

    /**
     * The Coder facts of {@code evaluation}'s tree, computed with that evaluation: values it has
     * already computed are not computed again, and the problems met go to its diagnostics. Not
     * thread-safe, like the evaluation.
     */
    public static CoderFacts analyze(TemplateEvaluation evaluation, CoderRelease release) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(release, "release");
        return new CoderAnalysis(evaluation).run(release);
    }

    /** The Coder facts of {@code tree} under the default release's rule (2.24 - 2.27). */
    public static CoderFacts analyze(ModuleTree tree) {
        return analyze(tree, CoderRelease.defaultRelease());
    }

    private CoderFacts run(CoderRelease release) {
        List<AppFacts> apps = apps();
        List<AiTaskFacts> aiTasks = aiTasks();
        List<ParameterFacts> parameters = parameters();
        TaskVerdicts verdicts = new TaskVerdicts(aiTasks, parameters, tree.unresolved(), plannedUnresolved());
        Verdict verdict = verdicts.verdict(release);
        Resolution sidebar = aiTasks.stream().map(AiTaskFacts::app).filter(Objects::nonNull).findFirst().orElse(null);
        AppFacts sidebarApp = sidebar == null || !sidebar.isResolved() ? null
            : apps.stream().filter(a -> a.resource().equals(sidebar.target())).findFirst().orElse(null);
        TaskFacts task = new TaskFacts(aiTasks, parameters,
            parameters.stream().filter(p -> p.isAiPrompt() && p.planned()).findFirst().orElse(null), sidebarApp, sidebar,
            verdict.capable() == null ? verdicts.unresolved(release) : List.of(), verdict, verdicts.all());
        List<CoderEnvFacts> envs = coderEnvs();
        List<AgentFacts> agents = agents(envs);
        return new CoderFacts(release, task, apps, agents, envs, new SensitiveFlows(tree, agents).variables(),
            tree.unresolved());
    }

    // ------------------------------------------------------------------ Tasks

    private List<AiTaskFacts> aiTasks() {
        List<AiTaskFacts> out = new ArrayList<>();
        for (Resource r : tree.resources(Resource.Mode.MANAGED, "coder_ai_task")) {
            String attribute = null;
            Expression app = null;
            Attribute appId = r.attribute("app_id");
            if (appId != null) {
                attribute = "app_id";
                app = appId.expression();
            } else {
                for (Block b : r.blocks("sidebar_app")) {
                    Attribute id = b.body().attribute("id");
                    if (id != null) {
                        attribute = "sidebar_app.id";
                        app = id.expression();
                        break;
                    }
                }
            }
            Resolution resolution = app == null ? null : follower.follow(r.module(), app, "coder_app");
            out.add(new AiTaskFacts(r, attribute, resolution, plannedInstances(r)));
        }
        return out;
    }

    /**
     * Whether a block has an instance at Coder's import, or may have (its count is not known): false
     * only when its own count or an enclosing module call's is 0 with import-time values. One rule
     * for env entries, apps and parameters: such blocks are listed, marked not planned.
     */
    private boolean planned(Resource r) {
        InstanceCount c = plannedInstances(r);
        return !c.isKnown() || c.count() > 0;
    }

    /** How many instances Coder plans at import: the resource's own count times those of its enclosing module calls. */
    private InstanceCount plannedInstances(Resource r) {
        return plannedInstances(evaluation.module(r.module()).instanceCount(r), r.module());
    }

    /** {@code own}, the instances of a block of {@code module}, times the instances of every enclosing module call. */
    private InstanceCount plannedInstances(InstanceCount own, ModulePath module) {
        if (!own.isKnown()) {
            return own;
        }
        long total = own.count();
        for (ModulePath p = module; !p.isRoot(); p = p.parent()) {
            ModuleCall call = tree.callOf(p);
            ModuleEvaluation caller = evaluation.module(p.parent());
            if (call == null || caller == null) {
                break;
            }
            InstanceCount c = caller.instanceCount(call);
            if (c.isKnown() && c.count() == 0) {
                return new InstanceCount(0, List.of(), null);
            }
            if (!c.isKnown()) {
                return InstanceCount.unknown(c.reason());
            }
            total *= c.count();
        }
        int n = (int) Math.min(total, Integer.MAX_VALUE);
        return new InstanceCount(n, n == own.count() ? own.instances() : List.of(), null);
    }

    /** The module calls not on disk that Coder plans at least one instance of (or may: the count is unknown). */
    private List<UnresolvedModuleCall> plannedUnresolved() {
        List<UnresolvedModuleCall> out = new ArrayList<>();
        for (UnresolvedModuleCall u : tree.unresolved()) {
            ModuleEvaluation caller = evaluation.module(u.call().module());
            InstanceCount c = caller == null ? InstanceCount.SINGLE
                : plannedInstances(caller.instanceCount(u.call()), u.call().module());
            if (!c.isKnown() || c.count() > 0) {
                out.add(u);
            }
        }
        return out;
    }

    private List<ParameterFacts> parameters() {
        List<ParameterFacts> out = new ArrayList<>();
        for (Resource r : tree.resources(Resource.Mode.DATA, "coder_parameter")) {
            Attribute name = r.attribute("name");
            boolean planned = planned(r);
            String value = name == null ? null : written(r, "name", planned);
            out.add(new ParameterFacts(r, value, name == null ? r.declRange() : name.expression().range(), planned));
        }
        return out;
    }

    // ------------------------------------------------------------------ apps

    private List<AppFacts> apps() {
        List<AppFacts> out = new ArrayList<>();
        for (Resource r : tree.resources(Resource.Mode.MANAGED, "coder_app")) {
            boolean planned = planned(r);
            out.add(new AppFacts(r, written(r, "slug", planned), written(r, "display_name", planned),
                written(r, "url", planned), written(r, "command", planned), agentOf(r), planned));
        }
        return out;
    }

    private Resolution agentOf(Resource r) {
        Attribute agentId = r.attribute("agent_id");
        return agentId == null ? null : follower.follow(r.module(), agentId.expression(), "coder_agent");
    }

    /**
     * The statically known string value of an argument; for a block with no instance at import
     * (whose arguments Terraform never evaluates), the string written when it is a literal.
     */
    private String written(Resource r, String attribute, boolean planned) {
        if (planned) {
            return string(r, attribute);
        }
        Attribute a = r.attribute(attribute);
        return a == null ? null : Literals.string(a.expression());
    }

    /** The statically known string value of an argument, or null. */
    private String string(Resource r, String attribute) {
        if (r.attribute(attribute) == null) {
            return null;
        }
        return StaticValues.string(evaluation.module(r.module()).attributeValue(r, attribute));
    }

    // ------------------------------------------------------------------ agents and environment

    private List<CoderEnvFacts> coderEnvs() {
        List<CoderEnvFacts> out = new ArrayList<>();
        for (Resource r : tree.resources(Resource.Mode.MANAGED, "coder_env")) {
            ModuleEvaluation m = evaluation.module(r.module());
            Attribute value = r.attribute("value");
            boolean planned = planned(r);
            String literal = value == null ? null : Literals.string(value.expression());
            Value v = value == null ? Value.NULL : planned || literal == null ? m.attributeValue(r, "value")
                : Value.string(literal);
            String strategy = r.attribute("merge_strategy") == null ? "replace"
                : Objects.requireNonNullElse(written(r, "merge_strategy", planned), "(unknown)");
            EnvVarFacts entry = EnvExpander.facts(written(r, "name", planned), v,
                value == null ? "" : texts.text(value.expression()), r.address(), r.declRange(), strategy);
            if (!planned) {
                // Terraform never evaluates a block without instances: what is written, when literal
                entry = entry.unplanned();
                if (literal == null && entry.value() != null) {
                    entry = new EnvVarFacts(entry.name(), null, entry.expression(), entry.sensitive(),
                        entry.secretSources(), entry.hardcodedSecret(), entry.source(), entry.range(),
                        entry.mergeStrategy(), false);
                }
            }
            out.add(new CoderEnvFacts(r, agentOf(r), entry));
        }
        return out;
    }

    private List<AgentFacts> agents(List<CoderEnvFacts> envs) {
        EnvExpander expander = new EnvExpander(tree, evaluation, texts);
        // by identity: a Resource's own hashCode hashes its whole block (and, the first time each
        // record class is hashed in a process, sets up that class's method handles); every agent is
        // a distinct declaration of the tree, and a target that is not one of them is looked for by
        // equality
        Map<Resource, List<EnvVarFacts>> byAgent = new IdentityHashMap<>();
        List<Resource> agents = new ArrayList<>();
        for (Resource r : tree.resources(Resource.Mode.MANAGED, "coder_agent")) {
            Attribute env = r.attribute("env");
            List<EnvVarFacts> entries = env == null ? List.of()
                : expander.expand(r.module(), env.expression(), r.address());
            if (!planned(r)) {
                entries = entries.stream().map(EnvVarFacts::unplanned).toList();
            }
            if (byAgent.put(r, new ArrayList<>(entries)) == null) {
                agents.add(r);
            }
        }
        for (CoderEnvFacts e : envs) {
            if (e.agent() != null && e.agent().isResolved()) {
                Resource target = e.agent().target();
                List<EnvVarFacts> list = byAgent.get(target);
                for (int i = 0; list == null && i < agents.size(); i++) {
                    if (agents.get(i).equals(target)) {
                        list = byAgent.get(agents.get(i));
                    }
                }
                if (list != null) {
                    list.add(e.entry());
                }
            }
        }
        List<AgentFacts> out = new ArrayList<>();
        for (Resource r : agents) {
            out.add(new AgentFacts(r, byAgent.get(r), receivers(r)));
        }
        return out;
    }

    /**
     * The unresolved module calls that receive an agent's id or any other of its attributes,
     * directly or through local values, variables and outputs: each may declare {@code coder_env}
     * (or a script, an app) for the agent that templint cannot see.
     */
    private List<UnresolvedModuleCall> receivers(Resource agent) {
        if (tree.unresolved().isEmpty()) {
            return List.of();
        }
        List<UnresolvedModuleCall> out = new ArrayList<>();
        for (Reference r : tree.references().flowsOf(agent.address())) {
            if (r.from() instanceof ModuleCall call) {
                UnresolvedModuleCall u = tree.unresolved(call.childPath());
                if (u != null && !out.contains(u)) {
                    out.add(u);
                }
            }
        }
        return out;
    }
}
