package io.templint.terraform;

import io.templint.hcl.Attribute;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who refers to what in a {@link ModuleTree}: every reference of every declaration (variables,
 * locals, outputs, resources, data sources, module calls, providers), with the attribute path it
 * is written at. Follows values across module boundaries: a child's {@code var.x} is what the
 * calling module block passes as {@code x}; a caller's {@code module.m.o} is the child's output
 * {@code o}. Immutable.
 */
public final class ReferenceGraph {

    private final ModuleTree tree;
    private final List<Reference> all;
    private final Map<String, List<Reference>> byFrom = new HashMap<>();
    private final Map<String, List<Reference>> byTarget = new HashMap<>();

    private ReferenceGraph(ModuleTree tree, List<Reference> all) {
        this.tree = tree;
        this.all = List.copyOf(all);
        Declaration from = null;
        List<Reference> fromList = null;
        for (Reference r : this.all) {
            if (r.from() != from) {   // a declaration's references come together: its address made once
                from = r.from();
                fromList = byFrom.computeIfAbsent(from.address(), k -> new ArrayList<>());
            }
            fromList.add(r);
            byTarget.computeIfAbsent(r.target(), k -> new ArrayList<>()).add(r);
        }
    }

    /** Builds the graph of every loaded module of {@code tree}. */
    public static ReferenceGraph build(ModuleTree tree) {
        List<Reference> refs = new ArrayList<>();
        for (Module m : tree.modules().values()) {
            for (Declaration d : m.declarations()) {
                refs.addAll(ReferenceCollector.collect(d));
            }
        }
        return new ReferenceGraph(tree, refs);
    }

    /** Every reference, module by module, in source order. */
    public List<Reference> all() {
        return all;
    }

    /** The references written in a declaration. */
    public List<Reference> from(Declaration d) {
        return from(d.address());
    }

    /** The references written in the declaration with this full address. */
    public List<Reference> from(String address) {
        return Collections.unmodifiableList(byFrom.getOrDefault(address, List.of()));
    }

    /**
     * The references written at one attribute path of a declaration, or below it:
     * {@code at(env, "agent_id")}, {@code at(agent, "env")} (which includes {@code env.TOKEN}).
     */
    public List<Reference> at(Declaration d, String attributePath) {
        List<Reference> out = new ArrayList<>();
        for (Reference r : from(d)) {
            if (r.attributePath().equals(attributePath) || r.attributePath().startsWith(attributePath + ".")) {
                out.add(r);
            }
        }
        return out;
    }

    /** The references to a full address ({@code coder_agent.main}, {@code module.a.var.x}). */
    public List<Reference> to(String address) {
        return Collections.unmodifiableList(byTarget.getOrDefault(address, List.of()));
    }

    /**
     * Where the values behind some references ultimately come from: follows local values, module
     * outputs (into the child module) and child-module variables (out to the argument the caller
     * passes) until it reaches resources, data sources, root-module variables, module calls as a
     * whole, or outputs of modules that are not in the template. For {@code agent_id = var.agent_id}
     * in a module whose caller passes {@code coder_agent.main.id}, the answer is the reference
     * {@code coder_agent.main.id}.
     */
    public List<Reference> origins(List<Reference> start) {
        Set<Reference> terminals = new LinkedHashSet<>();
        Set<String> visited = new HashSet<>();
        Deque<Reference> queue = new ArrayDeque<>(start);
        while (!queue.isEmpty()) {
            Reference r = queue.pop();
            List<Reference> next = feeding(r, visited);
            if (next == null) {
                terminals.add(r);
            } else {
                next.forEach(queue::addLast);
            }
        }
        return List.copyOf(terminals);
    }

    /** The origins of the references written at one attribute path of a declaration. */
    public List<Reference> origins(Declaration d, String attributePath) {
        return origins(at(d, attributePath));
    }

    /**
     * The references that feed the value a reference reads, or null when the reference is an
     * origin itself. Each intermediate address is expanded once.
     */
    private List<Reference> feeding(Reference r, Set<String> visited) {
        String target = r.target();
        Declaration d = tree.find(target);
        if (d instanceof LocalValue || d instanceof Output) {
            return visited.add(target) ? from(d) : List.of();
        }
        if (d instanceof Variable v && !v.module().isRoot()) {
            ModuleCall call = tree.callOf(v.module());
            Attribute arg = call == null ? null : call.arguments().get(v.name());
            if (arg == null) {
                return null; // the default: the variable is where the value comes from
            }
            return visited.add(target) ? at(call, v.name()) : List.of();
        }
        return null;
    }

    /**
     * Everywhere a value flows from {@code address} (a sensitive variable, a secret attribute's
     * resource): the references to it, and on through the local values, outputs and module inputs
     * that pass it on, across modules. Each result names where the value is used
     * ({@link Reference#usage()}): {@code coder_agent.main.env.GITHUB_TOKEN},
     * {@code module.claude.claude_api_key} (a module input), {@code output.token}, ...
     */
    public List<Reference> flowsOf(String address) {
        List<Reference> out = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(address);
        visited.add(address);
        while (!queue.isEmpty()) {
            String a = queue.pop();
            for (Reference r : to(a)) {
                out.add(r);
                String onward = onward(r);
                if (onward != null && visited.add(onward)) {
                    queue.addLast(onward);
                }
            }
        }
        return out;
    }

    /** Where a value passes on to after the reference: the local, the output, or the child's variable. */
    private static String onward(Reference r) {
        Declaration from = r.from();
        if (from instanceof LocalValue || from instanceof Output) {
            return from.address();
        }
        if (from instanceof ModuleCall m && !r.attributePath().isEmpty()) {
            String arg = r.attributePath().split("\\.", 2)[0];
            if (m.arguments().containsKey(arg)) {
                return m.childPath().qualify("var." + arg);
            }
        }
        return null;
    }
}
