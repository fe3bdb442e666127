package io.templint.cli;

/**
 * A run that cannot go on: bad usage, an unreadable path, a bad config. Its message is printed as
 * one line {@code templint: MESSAGE} on standard error and the exit status is
 * {@link ExitStatus#FAILURE}.
 */
class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message, null, false, false);
    }

    public CliException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
