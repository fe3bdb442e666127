package io.templint.coder;

import io.templint.terraform.LocalValue;
import io.templint.terraform.Module;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.Output;
import io.templint.terraform.Reference;
import io.templint.terraform.ReferenceGraph;
import io.templint.terraform.Variable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where each sensitive variable's value flows: the reference graph's flows (through local values,
 * outputs and module inputs, across modules), with local values left out as mere stations, and the
 * agent env entries whose statically evaluated value carries the variable's sensitive mark (which
 * names the entry even when {@code env} is built with {@code merge(...)} or locals).
 */
final class SensitiveFlows {

    private final ModuleTree tree;
    private final List<AgentFacts> agents;

    SensitiveFlows(ModuleTree tree, List<AgentFacts> agents) {
        this.tree = tree;
        this.agents = agents;
    }

    /** Every sensitive variable of the tree, module by module, in source order. */
    List<SensitiveVariableFacts> variables() {
        List<SensitiveVariableFacts> out = new ArrayList<>();
        for (Module m : tree.modules().values()) {
            for (Variable v : m.variables().values()) {
                if (v.sensitive()) {   // the graph of every reference is built (once) only when there is one
                    out.add(new SensitiveVariableFacts(v, usedBy(tree.references(), v)));
                }
            }
        }
        return out;
    }

    private List<String> usedBy(ReferenceGraph graph, Variable v) {
        Set<String> precise = new LinkedHashSet<>();
        for (AgentFacts a : agents) {
            for (EnvVarFacts e : a.env()) {
                if (!e.fromCoderEnv() && e.name() != null && e.secretSources().contains(v.address())) {
                    precise.add(a.address() + ".env." + e.name());
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Reference r : graph.flowsOf(v.address())) {
            if (r.from() instanceof LocalValue) {
                continue;
            }
            String usage = r.from() instanceof Output ? r.from().address() : r.usage();
            boolean coarse = precise.stream().anyMatch(p -> p.startsWith(usage + "."));
            if (!coarse) {
                out.add(usage);
            }
        }
        out.addAll(precise);
        return List.copyOf(out);
    }
}
