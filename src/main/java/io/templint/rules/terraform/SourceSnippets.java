package io.templint.rules.terraform;

/** Short forms of source text for messages. */
final class SourceSnippets {

    /** Longest snippet quoted in a message. */
    static final int MAX = 60;

    private SourceSnippets() { }

    /** {@code text} on one line, shortened with an ellipsis when long. */
    static String shorten(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX ? oneLine : oneLine.substring(0, MAX - 3) + "...";
    }
}
