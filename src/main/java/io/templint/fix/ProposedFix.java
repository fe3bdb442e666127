package io.templint.fix;

import io.templint.api.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fix of one finding in one file.
 *
 * @param finding     the finding it fixes
 * @param file        the file's path inside the template
 * @param description what it does, e.g. {@code write var.x}
 * @param edits       the edits, in file order, none overlapping
 * @param mayResolve  other rules whose findings may disappear with it (a renamed "AI Prompt" parameter
 *                    makes the Task's missing-prompt error go too)
 */
public record ProposedFix(Finding finding, String file, String description, List<Edit> edits,
                          Set<String> mayResolve) {

    public ProposedFix {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
        edits = edits.stream().sorted(Comparator.comparingInt(e -> e.start().byteOffset())).toList();
        mayResolve = Set.copyOf(mayResolve);
        if (edits.isEmpty()) {
            throw new IllegalArgumentException("a fix without edits");
        }
    }

    /** Whether any edit of this fix overlaps one of {@code other} (in the same file). */
    public boolean overlaps(ProposedFix other) {
        if (!file.equals(other.file)) {
            return false;
        }
        for (Edit a : edits) {
            for (Edit b : other.edits) {
                if (a.overlaps(b)) {
                    return true;
                }
            }
        }
        return false;
    }
}
