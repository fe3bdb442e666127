package io.templint.terraform;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.BodyItem;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.hcl.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The loader's errors for declarations made twice in one module ("Duplicate variable declaration",
 * "Duplicate resource "x" configuration", ...), with where the first declaration is, so that
 * the rule {@code terraform_duplicate_declaration} can report each once, in Terraform's words, with
 * the first declaration as a related location.
 *
 * <p><b>Internal:</b> not part of templint's supported API; may change without notice.
 */
public final class DuplicateDeclarations {

    private static final Set<String> SUMMARIES = Set.of("Duplicate variable declaration",
        "Duplicate local value definition", "Duplicate output definition", "Duplicate module call",
        "Duplicate provider configuration");

    private DuplicateDeclarations() { }

    /** One duplicate: the loader's error (at the second declaration) and the first declaration's range, or null. */
    public record Duplicate(Diagnostic diagnostic, Range first) { }

    /** Whether {@code d} is the loader's error for a declaration made twice in a module. */
    public static boolean isDuplicate(Diagnostic d) {
        String s = d.summary();
        return d.isError() && (SUMMARIES.contains(s)
            || s.startsWith("Duplicate ") && s.endsWith(" configuration") && s.contains("\"")
                && (s.startsWith("Duplicate resource ") || s.startsWith("Duplicate data ")
                    || s.startsWith("Duplicate ephemeral ")));
    }

    /** The duplicate declarations of a module, in the order the loader reports them. */
    public static List<Duplicate> of(Module m) {
        List<Duplicate> out = new ArrayList<>();
        for (Diagnostic d : m.diagnostics()) {
            if (isDuplicate(d) && d.subject() != null) {
                out.add(new Duplicate(d, first(m, d.subject())));
            }
        }
        return out;
    }

    /** The range of the declaration the one at {@code second} repeats, or null when not found. */
    private static Range first(Module m, Range second) {
        String address = addressAt(m, second);
        if (address == null) {
            return null;
        }
        for (Declaration d : m.declarations()) {
            if (d.localAddress().equals(address) && !d.declRange().equals(second)) {
                return d.declRange();
            }
        }
        return null;
    }

    /** The local address of the declaration whose range is {@code at}, read from the module's files. */
    private static String addressAt(Module m, Range at) {
        for (HclFile f : m.files()) {
            if (!f.name().equals(at.filename())) {
                continue;
            }
            for (BodyItem item : f.body().items()) {
                if (!(item instanceof Block b)) {
                    continue;
                }
                if (b.type().equals("locals")) {
                    for (Attribute a : b.body().attributes()) {
                        if (a.range().equals(at)) {
                            return "local." + a.name();
                        }
                    }
                } else if (b.headerRange().equals(at)) {
                    return address(b);
                }
            }
        }
        return null;
    }

    private static String address(Block b) {
        List<String> l = b.labelValues();
        return switch (b.type()) {
            case "variable" -> l.size() == 1 ? "var." + l.get(0) : null;
            case "output" -> l.size() == 1 ? "output." + l.get(0) : null;
            case "module" -> l.size() == 1 ? "module." + l.get(0) : null;
            case "resource" -> l.size() == 2 ? l.get(0) + "." + l.get(1) : null;
            case "data", "ephemeral" -> l.size() == 2 ? b.type() + "." + l.get(0) + "." + l.get(1) : null;
            case "provider" -> {
                Attribute alias = b.body().attribute("alias");
                String name = alias == null ? null : Literals.keyword(alias.expression());
                yield l.size() != 1 ? null : name == null ? "provider." + l.get(0) : "provider." + l.get(0) + "." + name;
            }
            default -> null;
        };
    }
}
