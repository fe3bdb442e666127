package io.templint.report;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;

/**
 * The one Jackson configuration of the reports: record components in declaration order, nulls
 * written, two-space indentation. Created on first use so that formats without JSON start fast.
 */
public final class Json {

    private Json() { }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactoryBuilder()
                .characterEscapes(new ReaderSafeEscapes()).build())
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("")));
    }

    /**
     * JSON's own escapes, and a {@code \\uXXXX} escape for every other character of
     * {@link TerminalText#mustEscape} (DEL, C1, line separators, bidirectional controls): the text
     * stays exactly the same once read, and a person opening the file sees no reordered line.
     */
    private static final class ReaderSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii;

        ReaderSafeEscapes() {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return TerminalText.mustEscape(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    /** The shared mapper (for reading reports back, e.g. in tests and services). */
    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }

    /** {@code value} as indented JSON followed by a newline. */
    public static void writePretty(Object value, Appendable out) throws IOException {
        StringWriter text = new StringWriter();
        Holder.PRETTY.writeValue(text, value);
        out.append(text.toString()).append('\n');
    }
}
