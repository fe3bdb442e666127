package io.templint.rules.coder;

/** Short forms of source text for messages. */
final class SourceText {

    /** Longest snippet quoted in a message. */
    static final int MAX = 60;

    private SourceText() { }

    /** {@code text} on one line, shortened with an ellipsis when long; "..." when null. */
    static String shorten(String text) {
        if (text == null) {
            return "...";
        }
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX ? oneLine : oneLine.substring(0, MAX - 3) + "...";
    }
}
