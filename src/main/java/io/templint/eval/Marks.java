package io.templint.eval;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a {@link Value} carries besides its content: whether it is sensitive, and where it comes
 * from. Marks survive operators, templates, function calls and collection construction, so that a
 * secret stays visibly secret wherever it flows.
 *
 * <p>{@code sensitiveSources} names the secrets the value derives from, as addresses
 * ({@code var.github_pat}, {@code data.coder_workspace_owner.me.session_token}) or
 * {@code sensitive()} for an explicit call; the value is sensitive when it is not empty.
 * {@code origins} names every variable, local or block the value derives from, as far as the
 * scope recorded them; both sets are capped at {@link #MAX_ADDRESSES} entries so that marks stay
 * cheap.
 *
 * <p>Immutable; sets are sorted.
 */
public record Marks(Set<String> sensitiveSources, Set<String> origins) {

    /** The most addresses each set keeps; further ones are dropped. */
    public static final int MAX_ADDRESSES = 64;

    /** The class of the sets {@link #capped} makes: sorted, at most {@link #MAX_ADDRESSES}, seen by nobody else. */
    private static final Class<?> CAPPED = Collections.unmodifiableSortedSet(new TreeSet<String>()).getClass();

    /** No marks. */
    public static final Marks NONE = new Marks(Set.of(), Set.of());

    public Marks {
        sensitiveSources = capped(sensitiveSources);
        origins = capped(origins);
    }

    // equals and hashCode written out, with the values the record's own would give: the record's are
    // made at run time by method handles (java.lang.runtime.ObjectMethods), whose set-up costs a
    // fresh process a few milliseconds per record class

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Marks m && sensitiveSources.equals(m.sensitiveSources)
            && origins.equals(m.origins);
    }

    @Override
    public int hashCode() {
        return sensitiveSources.hashCode() * 31 + origins.hashCode();
    }

    /** Marks of a sensitive value coming from {@code source}; the source is also an origin. */
    public static Marks sensitive(String source) {
        return new Marks(Set.of(source), Set.of(source));
    }

    /** Marks of a non-sensitive value that derives from {@code origin}. */
    public static Marks origin(String origin) {
        return new Marks(Set.of(), Set.of(origin));
    }

    public boolean isSensitive() {
        return !sensitiveSources.isEmpty();
    }

    public boolean isEmpty() {
        return sensitiveSources.isEmpty() && origins.isEmpty();
    }

    /** The union of both marks. */
    public Marks union(Marks other) {
        if (other.isEmpty() || other.equals(this)) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        return new Marks(union(sensitiveSources, other.sensitiveSources), union(origins, other.origins));
    }

    /** These marks without the sensitive part ({@code nonsensitive()}). */
    public Marks withoutSensitive() {
        return sensitiveSources.isEmpty() ? this : new Marks(Set.of(), origins);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (b.isEmpty() || a.containsAll(b)) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        TreeSet<String> s = new TreeSet<>(a);
        s.addAll(b);
        return capped(s);
    }

    private static Set<String> capped(Set<String> s) {
        if (s.isEmpty()) {
            return Set.of();
        }
        if (s.size() == 1) {
            return Set.of(s.iterator().next());
        }
        if (s.getClass() == CAPPED && s.size() <= MAX_ADDRESSES && ((SortedSet<String>) s).comparator() == null) {
            return s;   // made here already (a union of capped sets, or marks copied from other marks)
        }
        TreeSet<String> t = new TreeSet<>();
        for (String x : s) {
            if (t.size() >= MAX_ADDRESSES) {
                break;
            }
            t.add(x);
        }
        return Collections.unmodifiableSortedSet(t);
    }
}
