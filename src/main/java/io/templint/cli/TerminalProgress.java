package io.templint.cli;

import io.templint.report.TerminalText;
import java.io.PrintStream;

/**
 * Shows {@code [3/120] path} on one rewritten line of standard error while many templates are
 * checked; erased when done. Used only when standard error is a terminal.
 */
final class TerminalProgress implements Progress {

    /** Fewer templates than this show no progress: they are done before it could be read. */
    static final int MIN_TEMPLATES = 3;

    private final PrintStream err;
    private boolean shown;

    TerminalProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public void templateStarted(int index, int total, String path) {
        if (total < MIN_TEMPLATES) {
            return;
        }
        String line = "[" + (index + 1) + "/" + total + "] " + TerminalText.safe(path);
        if (line.length() > 78) {
            line = line.substring(0, 75) + "...";
        }
        err.print("\r\u001b[K" + line);
        err.flush();
        shown = true;
    }

    @Override
    public void done() {
        if (shown) {
            err.print("\r\u001b[K");
            err.flush();
            shown = false;
        }
    }
}
