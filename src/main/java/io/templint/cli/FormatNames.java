package io.templint.cli;

import io.templint.report.Formatters;
import java.util.Iterator;

/** The names of the standard formats, for {@code --format}'s help and shell completion. */
final class FormatNames implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Formatters.standard().names().iterator();
    }
}
