package io.templint.fix;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies edits to a file's bytes; everything outside the edits (line endings, byte order mark) stays as it was. */
public final class Edits {

    private Edits() { }

    /**
     * {@code bytes} with every edit of {@code fixes} made.
     *
     * @throws IllegalArgumentException when two edits overlap or one lies outside the file
     */
    public static byte[] apply(byte[] bytes, List<ProposedFix> fixes) {
        List<Edit> edits = new ArrayList<>();
        fixes.forEach(f -> edits.addAll(f.edits()));
        edits.sort(Comparator.comparingInt(e -> e.start().byteOffset()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        int at = 0;
        Edit previous = null;
        for (Edit e : edits) {
            if (previous != null && previous.overlaps(e)) {
                throw new IllegalArgumentException("overlapping edits");
            }
            int s = e.start().byteOffset();
            int end = e.end().byteOffset();
            if (s < at || end > bytes.length) {
                throw new IllegalArgumentException("an edit outside the file");
            }
            out.write(bytes, at, s - at);
            out.writeBytes(e.text().getBytes(StandardCharsets.UTF_8));
            at = end;
            previous = e;
        }
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    /**
     * The largest set of {@code fixes} that can be applied together, taken in order: a fix that
     * overlaps one already taken waits for the next run (its finding is then found again in the edited text).
     */
    public static List<ProposedFix> compatible(List<ProposedFix> fixes) {
        List<ProposedFix> taken = new ArrayList<>();
        for (ProposedFix f : fixes) {
            if (taken.stream().noneMatch(t -> t.overlaps(f))) {
                taken.add(f);
            }
        }
        return taken;
    }
}
