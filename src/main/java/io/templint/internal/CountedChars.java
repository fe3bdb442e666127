package io.templint.internal;

/**
 * A string as a {@link CharSequence} that tells a {@link Counter} of every character read, so that
 * the work of a {@link java.util.regex.Matcher} (whose backtracking can read a short input an
 * unbounded number of times) is counted where it happens. Sub-sequences share the counter.
 */
public final class CountedChars implements CharSequence {

    /** Told of each character read; may throw (an unchecked exception) to stop the matching. */
    @FunctionalInterface
    public interface Counter {
        /** One more character was read. */
        void read();
    }

    private final String s;
    private final Counter counter;

    /**
     * @param s       the text
     * @param counter told of each character the reader reads
     */
    public CountedChars(String s, Counter counter) {
        this.s = s;
        this.counter = counter;
    }

    @Override
    public int length() {
        return s.length();
    }

    @Override
    public char charAt(int index) {
        counter.read();
        return s.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CountedChars(s.substring(start, end), counter);
    }

    @Override
    public String toString() {
        return s;
    }
}
