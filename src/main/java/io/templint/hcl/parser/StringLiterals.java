package io.templint.hcl.parser;

import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.internal.GoStrings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Decodes the literal tokens of templates: backslash escapes (quoted strings only) and the
 * {@code $${} / {@code %%{} escapes, reporting bad escapes on their exact range as hclsyntax does.
 */
final class StringLiterals {

    private StringLiterals() { }

    /** The value of a {@link TokenType#QUOTED_LIT} ({@code quoted}) or {@link TokenType#STRING_LIT} token. */
    static String decode(Token tok, boolean quoted, Diagnostics diags) {
        int len = tok.length();
        boolean plain = true;
        for (int i = 0; i < len; i++) {
            byte b = tok.byteAt(i);
            if (b == '$' || b == '%' || (quoted && b == '\\')) {
                plain = false;
                break;
            }
        }
        if (plain) {
            return tok.text();
        }
        byte[] src = tok.source.bytes;
        int base = tok.startByte - tok.source.base;
        int end = base + len;
        ByteArrayOutputStream out = new ByteArrayOutputStream(len);
        // position of the start of the current slice, for diagnostics
        int line = tok.startLine;
        int column = tok.startColumn;
        int posByte = base;
        int i = base;
        int litStart = base;
        while (i < end) {
            byte b = src[i];
            int sliceEnd;
            if (quoted && b == '\\') {
                sliceEnd = escapeEnd(src, i, end);
            } else if (b == '$' || b == '%') {
                sliceEnd = i + 1;
                if (sliceEnd < end && src[sliceEnd] == b) {
                    sliceEnd++;
                    if (sliceEnd < end && src[sliceEnd] == '{') {
                        sliceEnd++;
                    }
                }
            } else {
                i++;
                continue;
            }
            // flush the literal run before the special slice
            out.write(src, litStart, i - litStart);
            // advance the diagnostic position to the slice start
            long p = TextPositions.advance(src, posByte, i, line, column);
            line = TextPositions.line(p);
            column = TextPositions.column(p);
            posByte = i;
            long q = TextPositions.advance(src, i, sliceEnd, line, column);
            Range rng = new Range(tok.source.filename, new Pos(line, column, tok.source.base + i),
                new Pos(TextPositions.line(q), TextPositions.column(q), tok.source.base + sliceEnd));
            if (b == '\\') {
                decodeEscape(src, i, sliceEnd, rng, out, diags);
            } else if (sliceEnd - i == 3) {
                out.write(b);
                out.write('{');
            } else {
                out.write(src, i, sliceEnd - i);
            }
            i = sliceEnd;
            litStart = i;
        }
        out.write(src, litStart, end - litStart);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int escapeEnd(byte[] src, int i, int end) {
        if (i + 1 >= end) {
            return end;
        }
        byte sel = src[i + 1];
        if (sel == 'u' || sel == 'U') {
            int max = sel == 'u' ? 4 : 8;
            int j = i + 2;
            while (j < end && j < i + 2 + max && isHex(src[j])) {
                j++;
            }
            return j;
        }
        int cl = utf8Length(src, i + 1, end);
        return i + 1 + Math.max(cl, 1);
    }

    private static void decodeEscape(byte[] src, int i, int sliceEnd, Range rng, ByteArrayOutputStream out,
                                     Diagnostics diags) {
        int len = sliceEnd - i;
        if (len < 2) {
            diags.error("Invalid escape sequence", "Backslash must be followed by an escape sequence selector "
                + "character.", rng);
            out.write(src, i, len);
            return;
        }
        byte sel = src[i + 1];
        switch (sel) {
            case 'n' -> out.write('\n');
            case 'r' -> out.write('\r');
            case 't' -> out.write('\t');
            case '"' -> out.write('"');
            case '\\' -> out.write('\\');
            case 'u', 'U' -> {
                if (sel == 'u' && len != 6) {
                    diags.error("Invalid escape sequence", "The \\u escape sequence must be followed by four "
                        + "hexadecimal digits.", rng);
                    out.write(src, i, len);
                    return;
                }
                if (sel == 'U' && len != 10) {
                    diags.error("Invalid escape sequence", "The \\U escape sequence must be followed by eight "
                        + "hexadecimal digits.", rng);
                    out.write(src, i, len);
                    return;
                }
                long cp = Long.parseLong(new String(src, i + 2, len - 2, StandardCharsets.US_ASCII), 16);
                if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    diags.error("Invalid escape sequence", String.format("Cannot encode character U+%04x in UTF-8.",
                        cp), rng);
                    out.write(src, i, len);
                    return;
                }
                byte[] enc = new String(Character.toChars((int) cp)).getBytes(StandardCharsets.UTF_8);
                out.write(enc, 0, enc.length);
            }
            default -> {
                String symbol = new String(src, i + 1, len - 1, StandardCharsets.UTF_8);
                diags.error("Invalid escape sequence", "The symbol " + goQuote(symbol)
                    + " is not a valid escape sequence selector.", rng);
                out.write(src, i + 1, len - 1);
            }
        }
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    private static int utf8Length(byte[] src, int p, int end) {
        int b = src[p] & 0xff;
        int n = b < 0x80 ? 1 : b >= 0xC0 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF7 ? 4 : -1;
        if (n < 0 || p + n > end) {
            return -1;
        }
        return n;
    }

    /** The string in Unicode normalization form C, as HCL's string values are. */
    static String nfc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x300) {
                return Normalizer.normalize(s, Normalizer.Form.NFC);
            }
        }
        return s;
    }

    /** Go's {@code %q} for simple strings. */
    static String goQuote(String s) {
        return GoStrings.quote(s);
    }
}
