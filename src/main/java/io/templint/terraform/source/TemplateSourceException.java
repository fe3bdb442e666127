package io.templint.terraform.source;

/**
 * A template could not be read: an unreadable folder, or a corrupt or unsafe archive (an entry
 * that escapes the root, a link, a duplicate, a limit exceeded, a malformed header). The message
 * names the source, the entry and, where one applies, the limit. The CLI maps it to exit status 2.
 */
public class TemplateSourceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String entry;

    /**
     * @param message a complete sentence naming the source and entry
     * @param entry   the archive entry or file concerned, or null when the problem is the whole source
     */
    public TemplateSourceException(String message, String entry) {
        super(message);
        this.entry = entry;
    }

    /** Like {@link #TemplateSourceException(String, String)}, keeping the cause. */
    public TemplateSourceException(String message, String entry, Throwable cause) {
        super(message, cause);
        this.entry = entry;
    }

    /** The entry concerned as named in the source (unnormalised), or null for the whole source. */
    public String entry() {
        return entry;
    }
}
