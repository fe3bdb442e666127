package io.templint.rules;

import io.templint.hcl.Range;

/**
 * A configuration file that cannot be used: unreadable, bad syntax, unknown rule id, bad value.
 * The message starts with {@code file:line:column: }; the CLI prints it and exits with status 2.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /** A problem at a 1-based line and column of {@code file}. */
    public ConfigException(String file, int line, int column, String problem) {
        super(file + ":" + line + ":" + column + ": " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** A problem at the start of {@code range}. */
    public ConfigException(Range range, String problem) {
        this(range.filename(), range.startLine(), range.startColumn(), problem);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The problem without its location. */
    public String problem() {
        return problem;
    }
}
