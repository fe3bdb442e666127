package io.templint.hcl.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A file's bytes as the code points the generated lexer reads (without the byte order mark), and
 * the way back from code point indexes to byte offsets, in which the tree's positions are given.
 *
 * <p>It is its own {@link CharStream}: ASCII text, the common case, is read straight from the
 * file's bytes, other text from its decoded code points. One class for both keeps the lexer's
 * calls to {@link #LA} monomorphic.
 */
final class DecodedSource implements CharStream {

    final Token.Source source;
    /** Where the text starts: 3 after a byte order mark, else 0. */
    final int bomLength;
    /** The file's bytes when they are ASCII, else null. */
    private final byte[] ascii;
    /** The code points when the text is not ASCII, else null. */
    private final int[] codePoints;
    /** Byte offset of each code point index (one past the end included), or null for ASCII text. */
    private final int[] byteOffsets;
    /** The number of code points. */
    private final int size;
    private int p;

    private DecodedSource(Token.Source source, int bomLength, byte[] ascii, int[] codePoints, int[] byteOffsets,
                          int size) {
        this.source = source;
        this.bomLength = bomLength;
        this.ascii = ascii;
        this.codePoints = codePoints;
        this.byteOffsets = byteOffsets;
        this.size = size;
    }

    /** Decodes {@code bytes}; null when they are not valid UTF-8 (the recovery parser reports that). */
    static DecodedSource decode(String filename, byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
            && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        Token.Source source = new Token.Source(filename, bytes, 0);
        boolean isAscii = true;
        for (int i = bom; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                isAscii = false;
                break;
            }
        }
        if (isAscii) {
            return new DecodedSource(source, bom, bytes, null, null, bytes.length - bom);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom))
                .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        int n = text.codePointCount(0, text.length());
        int[] cps = new int[n];
        int[] offsets = new int[n + 1];
        int cp = 0;
        int at = bom;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            cps[cp] = c;
            offsets[cp++] = at;
            at += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            i += Character.charCount(c);
        }
        offsets[cp] = at;
        return new DecodedSource(source, bom, null, cps, offsets, n);
    }

    /** The text as the lexer reads it. */
    CharStream chars() {
        return this;
    }

    /** The byte offset of code point index {@code cp} (the text's length gives the end of the file). */
    int byteOffset(int cp) {
        return byteOffsets == null ? cp + bomLength : byteOffsets[cp];
    }

    private int at(int index) {
        return ascii != null ? ascii[bomLength + index] : codePoints[index];
    }

    /** The character at the current position ({@code LA(1)}), or EOF: the lexer's DFA loop. */
    int next() {
        return p < size ? at(p) : IntStream.EOF;
    }

    /** Steps over the current character, which is not EOF ({@code consume()} without its check). */
    void step() {
        p++;
    }

    // ---------------------------------------------------------------- CharStream

    @Override
    public int LA(int i) {
        if (i > 0) {
            int index = p + i - 1;
            return index < size ? at(index) : IntStream.EOF;
        }
        if (i < 0) {
            int index = p + i;
            return index >= 0 ? at(index) : IntStream.EOF;
        }
        return 0;
    }

    @Override
    public void consume() {
        if (p >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // the whole text is held: nothing to release
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.max(0, Math.min(index, size));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return source.filename;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(size - 1, interval.b);
        if (stop < start) {
            return "";
        }
        int from = byteOffset(start);
        int to = byteOffset(stop + 1);
        return new String(source.bytes, from, to - from, StandardCharsets.UTF_8);
    }
}
