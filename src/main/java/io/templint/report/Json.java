package io.templint.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
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
import io.templint.api.EnvEntry;
import io.templint.api.Finding;
import io.templint.api.Report;
import io.templint.api.Severity;
import io.templint.api.SidebarApp;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * The one Jackson configuration of the reports: record components in declaration order, nulls
 * written, two-space indentation. Created on first use so that formats without JSON start fast.
 * It reads reports back and writes the Jackson trees of SARIF and baselines; the JSON reports
 * themselves ({@code check}, {@code parse}, {@code rules}) are written by {@link JsonOut}, without
 * Jackson, to exactly the text {@link #writePretty} gives for them (the tests compare the two).
 *
 * <p>Jackson is bundled inside templint's jar under a relocated package, so the public report
 * records carry no Jackson annotations: what they need is declared here, as mix-ins.
 */
public final class Json {

    private Json() { }

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactoryBuilder()
                .characterEscapes(new ReaderSafeEscapes()).build())
            .addMixIn(Severity.class, SeverityMixin.class)
            .addMixIn(Finding.class, FindingMixin.class)
            .addMixIn(Report.class, ReportMixin.class)
            .addMixIn(EnvEntry.class, EnvEntryMixin.class)
            .addMixIn(SidebarApp.class, SidebarAppMixin.class)
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

    /** {@link Severity} is written and read as its label. */
    private abstract static class SeverityMixin {
        @JsonValue
        abstract String label();

        @JsonCreator
        static Severity parse(String s) {
            return Severity.parse(s);
        }
    }

    /** {@link Finding}: the suppression reason only when there is one, related locations only when any, the fix when it has one. */
    private abstract static class FindingMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String suppressionReason();

        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        abstract List<Finding.Related> related();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract io.templint.api.Fix fix();
    }

    /** {@link Report}: the baseline count only when a baseline was used. */
    private abstract static class ReportMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Integer baselined();
    }

    /** {@link EnvEntry}: the merge strategy only when one is set. */
    private abstract static class EnvEntryMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String mergeStrategy();
    }

    /** {@link SidebarApp}: url and command only when set. */
    private abstract static class SidebarAppMixin {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String url();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String command();
    }
}
