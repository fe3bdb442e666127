package io.templint.api;

/**
 * A template's source could not be read at all: an unreadable folder, a corrupt or unsafe archive
 * (path traversal, links leaving the template), or a source over the configured
 * {@link io.templint.terraform.source.SourceLimits}. Everything wrong <em>inside</em> a readable
 * template is reported as diagnostics instead. The cause is usually a
 * {@link io.templint.terraform.source.TemplateSourceException}.
 */
public class TemplintException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message and its cause.
     *
     * @param message what could not be read and why, naming the template
     * @param cause   the underlying problem
     */
    public TemplintException(String message, Throwable cause) {
        super(message, cause);
    }
}
