package io.templint.cli;

/** The exit statuses of the command line (see the contract). */
final class ExitStatus {

    /** Nothing at or above the {@code --fail-on} threshold. */
    public static final int OK = 0;
    /** Findings at or above the threshold (a syntax error is an error finding). */
    public static final int FINDINGS = 1;
    /** The run itself failed: bad usage, unreadable path, corrupt or unsafe archive, bad config. */
    public static final int FAILURE = 2;

    private ExitStatus() { }
}
