package io.templint.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * The position of a module in the module tree: the chain of module call names from the root
 * ({@code []} for the root module, {@code [claude-code, agentapi]} for
 * {@code module.claude-code.module.agentapi}). Instance keys are never part of it.
 * Immutable; its address ({@link #toString}) is made once, since every reference of a module's
 * declarations is qualified with it.
 */
public final class ModulePath implements Comparable<ModulePath> {

    /** The root module. */
    public static final ModulePath ROOT = new ModulePath(List.of());

    private final List<String> names;
    private final String address;

    /** @param names the module call names, outermost first */
    public ModulePath(List<String> names) {
        this.names = List.copyOf(names);
        StringBuilder b = new StringBuilder();
        for (String n : this.names) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append("module.").append(n);
        }
        this.address = b.toString();
    }

    /** The module call names, outermost first. */
    public List<String> names() {
        return names;
    }

    // equals and hashCode give the values the record this class was would give (the record's own
    // were made at run time by method handles, java.lang.runtime.ObjectMethods, whose set-up costs
    // a fresh process a few milliseconds per record class)

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof ModulePath p && names.equals(p.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    /** Parses {@code module.a.module.b} (or {@code ""} for the root). */
    public static ModulePath parse(String address) {
        if (address.isEmpty()) {
            return ROOT;
        }
        String[] parts = address.split("\\.");
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            if (!parts[i].equals("module")) {
                throw new IllegalArgumentException("not a module address: " + address);
            }
            out.add(parts[i + 1]);
        }
        if (parts.length % 2 != 0) {
            throw new IllegalArgumentException("not a module address: " + address);
        }
        return new ModulePath(out);
    }

    /** Whether this is the root module. */
    public boolean isRoot() {
        return names.isEmpty();
    }

    /** The path of the module that {@code callName} calls from this module. */
    public ModulePath child(String callName) {
        List<String> out = new ArrayList<>(names);
        out.add(callName);
        return new ModulePath(out);
    }

    /** The calling module's path; the root's parent is null. */
    public ModulePath parent() {
        return isRoot() ? null : new ModulePath(names.subList(0, names.size() - 1));
    }

    /** The name of the module call that created this module; null for the root. */
    public String callName() {
        return isRoot() ? null : names.get(names.size() - 1);
    }

    /** How deep this module is: 0 for the root. */
    public int depth() {
        return names.size();
    }

    /** The key of this module in {@code .terraform/modules/modules.json}: names joined with dots. */
    public String manifestKey() {
        return String.join(".", names);
    }

    /**
     * The full address of a declaration of this module: {@code module.a.module.b.} followed by
     * {@code local} (such as {@code coder_app.x} or {@code var.v}); just {@code local} in the root.
     */
    public String qualify(String local) {
        return isRoot() ? local : this + "." + local;
    }

    /** {@code module.a.module.b}, or {@code ""} for the root. */
    @Override
    public String toString() {
        return address;
    }

    @Override
    public int compareTo(ModulePath o) {
        for (int i = 0; i < Math.min(names.size(), o.names.size()); i++) {
            int c = names.get(i).compareTo(o.names.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(names.size(), o.names.size());
    }
}
