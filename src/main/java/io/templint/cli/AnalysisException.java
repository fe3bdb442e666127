package io.templint.cli;

/**
 * An {@link Analyzer} could not analyse its inputs at all (a corrupt or unsafe archive, a bad
 * config). Problems inside a template are findings, not exceptions.
 */
class AnalysisException extends CliException {

    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }

    public AnalysisException(String message, Throwable cause) {
        super(message, cause);
    }
}
