package io.templint.hcl.parser;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;

/**
 * A file's bytes decoded for the generated lexer, which reads code points: the character stream
 * (without the byte order mark) and the way back from code point indexes to byte offsets, in which
 * the tree's positions are given.
 */
final class DecodedSource {

    final Token.Source source;
    /** Where the text starts: 3 after a byte order mark, else 0. */
    final int bomLength;
    private final CharStream chars;
    /** Byte offset of each code point index (one past the end included), or null for ASCII text. */
    private final int[] byteOffsets;

    private DecodedSource(Token.Source source, int bomLength, CharStream chars, int[] byteOffsets) {
        this.source = source;
        this.bomLength = bomLength;
        this.chars = chars;
        this.byteOffsets = byteOffsets;
    }

    /** Decodes {@code bytes}; null when they are not valid UTF-8 (the recovery parser reports that). */
    static DecodedSource decode(String filename, byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
            && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        Token.Source source = new Token.Source(filename, bytes, 0);
        boolean ascii = true;
        for (int i = bom; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            String text = new String(bytes, bom, bytes.length - bom, StandardCharsets.ISO_8859_1);
            return new DecodedSource(source, bom, CharStreams.fromString(text, filename), null);
        }
        String text;
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom));
            text = decoded.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        int[] offsets = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        int at = bom;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            offsets[cp++] = at;
            at += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            i += Character.charCount(c);
        }
        offsets[cp] = at;
        return new DecodedSource(source, bom, CharStreams.fromString(text, filename), offsets);
    }

    CharStream chars() {
        return chars;
    }

    /** The byte offset of code point index {@code cp} (the text's length gives the end of the file). */
    int byteOffset(int cp) {
        return byteOffsets == null ? cp + bomLength : byteOffsets[cp];
    }
}
