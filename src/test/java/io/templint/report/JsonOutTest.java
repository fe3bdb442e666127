package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Finding;
import io.templint.api.Fix;
import io.templint.api.Report;
import io.templint.api.ReportJson;
import io.templint.api.Severity;
import io.templint.api.TemplateKind;
import io.templint.rules.RuleRegistry;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonOut} writes exactly the text Jackson ({@link Json#writePretty}, the reference) writes
 * for the same report: checked on records filled by reflection (every component of every record
 * type, so a component added to a record and not to {@code JsonOut} fails here), on every
 * character, on nulls, empty lists and extreme numbers. The corpus is compared in
 * {@code JsonOutCorpusTest}.
 */
class JsonOutTest {

    /** Every UTF-16 code unit, lone surrogates included, then a few characters outside the BMP. */
    private static final String EVERY_CHAR;

    static {
        StringBuilder b = new StringBuilder(0x10000 + 32);
        for (int c = 0; c <= 0xffff; c++) {
            b.append((char) c);
        }
        b.append("😀 👍🏽 𝄞 \uD83C\uDDEB\uD83C\uDDF7 \uDBFF\uDFFF");
        EVERY_CHAR = b.toString();
    }

    /** The strings the filled records hold, in turn. */
    private static final List<String> AWKWARD = List.of(
        "main.tf",
        "",
        "\"quoted\" \\back\\slash\\ / solidus \\\"",
        range(0, 0xa0),
        "\u2028line\u2029paragraph\u0085next",
        "bidi \u202a\u202b\u202c\u202d\u202e \u2066\u2067\u2068\u2069 \u200e\u200f\u061c \u200b\u200d\ufeff",
        "emoji 😀👍🏽🏳️‍🌈 and a pair \uD83D\uDE00, lone \uD800 and \uDFFF, reversed \uDC00\uD800",
        "tab\there, nul\u0000, esc\u001b[31m, del\u007f, bell\u0007, \b\f\n\r",
        "non-ASCII as it is: é ñ ü ß 中文 日本語 עברית العربية \u00a0nbsp \u00ad shy",
        EVERY_CHAR);

    private static String range(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int c = from; c <= to; c++) {
            b.append((char) c);
        }
        return b.toString();
    }

    /** What Jackson writes for {@code value} (the reference JsonOut must match byte for byte). */
    static String jackson(Object value) throws IOException {
        StringBuilder out = new StringBuilder();
        Json.writePretty(value, out);
        return out.toString();
    }

    static String ours(Report report) throws IOException {
        StringBuilder out = new StringBuilder();
        JsonOut.write(report, out);
        return out.toString();
    }

    static String ours(ParseReport report) throws IOException {
        StringBuilder out = new StringBuilder();
        JsonOut.write(report, out);
        return out.toString();
    }

    @Test
    void fullyFilledReportsAreWrittenAsJacksonWritesThem() throws IOException {
        for (int seed = 0; seed < AWKWARD.size(); seed++) {
            Report report = (Report) new Filler(seed, false).make(Report.class);
            String expected = jackson(report);
            assertThat(ours(report)).as("seed %d", seed).isEqualTo(expected);
            assertThat(ReportJson.toJson(report)).isEqualTo(expected);
            // every optional field is there: the comparison covers every component
            assertThat(expected).contains("\"baselined\": ", "\"suppressionReason\": ", "\"related\": [",
                "\"fix\": {", "\"mergeStrategy\": ", "\"url\": ", "\"command\": ", "\"insertedText\": ",
                "\"resolvedModules\": [\n", "\"compatibility\": [\n", "\"promptParameter\": {");
        }
    }

    @Test
    void nullsAndEmptyListsAreWrittenAsJacksonWritesThem() throws IOException {
        for (int seed = 0; seed < 3; seed++) {
            Report report = (Report) new Filler(seed, true).make(Report.class);
            String expected = jackson(report);
            assertThat(ours(report)).isEqualTo(expected);
            assertThat(expected).contains("\"coderVersion\": null", "\"task\": null", "\"value\": null")
                .doesNotContain("\"baselined\"", "\"related\"", "\"fix\"",
                "\"suppressionReason\"", "\"mergeStrategy\"", "\"url\"", "\"command\"");
        }
        for (int seed = 0; seed < 3; seed++) {
            io.templint.api.TaskReport task = (io.templint.api.TaskReport) new Filler(seed, true)
                .make(io.templint.api.TaskReport.class);
            Report report = new Report(1, Report.Tool.TEMPLINT, null, List.of(new io.templint.api.TemplateReport(
                "p", TemplateKind.TEMPLATE, task, List.of(), List.of(), List.of(), List.of())));
            assertThat(ours(report)).isEqualTo(jackson(report)).contains("\"capable\": null", "\"summary\": null",
                "\"promptParameter\": null", "\"sidebarApp\": null", "\"sidebarAppFrom\": null");
        }
        Report someEmpty = (Report) new Filler(5, false) {
            @Override
            Object list(Type element) {
                // the lists of the leaves empty, those of templates, agents, variables and findings filled
                return List.of(io.templint.api.TemplateReport.class, io.templint.api.AgentReport.class,
                    io.templint.api.SensitiveVariable.class, Finding.class, Fix.Replacement.class).contains(element)
                    ? super.list(element) : List.of();
            }
        }.make(Report.class);
        assertThat(ours(someEmpty)).isEqualTo(jackson(someEmpty))
            .contains("\"envMayComeFrom\": []", "\"usedBy\": []", "\"aiTasks\": []", "\"replacements\": [\n")
            .doesNotContain("\"related\"");
        Report empty = new Report(1, null, null, List.of(), null);
        assertThat(ours(empty)).isEqualTo(jackson(empty)).isEqualTo("""
            {
              "schemaVersion": 1,
              "tool": null,
              "coderVersion": null,
              "templates": []
            }
            """);
    }

    @Test
    void numbersAtTheirLimits() throws IOException {
        for (int n : new int[] {0, -1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1_000_000}) {
            Finding f = new Finding("r", Severity.NOTICE, "m", "f", n, -n, n, n, true, "why", "fp",
                List.of(new Finding.Related("m", "f", n, n, n, n)),
                new Fix("d", false, List.of(new Fix.Replacement("f", n, n, n, n, n, n, ""))));
            Report report = new Report(n, Report.Tool.TEMPLINT, "2.0.0", List.of(new io.templint.api.TemplateReport(
                "p", TemplateKind.MODULE, null, List.of(), List.of(), List.of(), List.of(f))), n);
            assertThat(ours(report)).isEqualTo(jackson(report));
        }
    }

    @Test
    void theSampleReportsAreWrittenAsJacksonWritesThem() throws IOException {
        for (Report r : List.of(SampleReports.full(), SampleReports.clean(), SampleReports.incomplete())) {
            assertThat(SampleReports.write(new JsonFormatter(), r, SampleReports.context())).isEqualTo(jackson(r));
        }
    }

    @Test
    void parseReportsAreWrittenAsJacksonWritesThem() throws IOException {
        for (int seed = 0; seed < AWKWARD.size(); seed++) {
            ParseReport full = (ParseReport) new Filler(seed, false).make(ParseReport.class);
            assertThat(ours(full)).isEqualTo(jackson(full));
            ParseReport sparse = (ParseReport) new Filler(seed, true).make(ParseReport.class);
            assertThat(ours(sparse)).isEqualTo(jackson(sparse));
        }
        ParseReport none = new ParseReport(List.of());
        assertThat(ours(none)).isEqualTo(jackson(none)).isEqualTo("{\n  \"files\": []\n}\n");
        StringBuilder viaWriter = new StringBuilder();
        ParseReport one = new ParseReport(List.of(new ParseReport.FileResult("a.tf", List.of())));
        ParseReportWriter.writeJson(one, viaWriter);
        assertThat(viaWriter).hasToString("""
            {
              "files": [
                {
                  "file": "a.tf",
                  "diagnostics": []
                }
              ]
            }
            """);
    }

    @Test
    void theRuleListIsWrittenAsJacksonWritesItsMap() throws IOException {
        List<RuleInfo> builtin = RuleCatalog.from(RuleRegistry.builtin()).all();
        List<RuleInfo> filled = new ArrayList<>();
        for (int seed = 0; seed < AWKWARD.size(); seed++) {
            filled.add((RuleInfo) new Filler(seed, false).make(RuleInfo.class));
        }
        for (List<RuleInfo> rules : List.of(builtin, filled, List.<RuleInfo>of())) {
            StringBuilder out = new StringBuilder();
            JsonOut.writeRules(rules, out);
            assertThat(out.toString()).isEqualTo(jackson(Map.of("rules", rules)));
        }
        assertThat(builtin).hasSizeGreaterThan(20);
    }

    @Test
    void charactersAreEscapedAsTheReaderSafeEscapesSay() throws IOException {
        ParseReport r = new ParseReport(List.of(new ParseReport.FileResult(
            "\u0000\u001f\"\\/\u007f\u0080\u009f\u00a0\u2028\u202e\u2066\t\n😀é", List.of())));
        assertThat(ours(r)).isEqualTo(jackson(r))
            .contains("\"file\": \"\\u0000\\u001F\\\"\\\\/\\u007F\\u0080\\u009F\u00a0\\u2028\\u202E\\u2066\\t\\n😀é\"");
    }

    /**
     * Makes an instance of a report record by its canonical constructor: every string from
     * {@link #AWKWARD} in turn, numbers counting up, booleans true, lists of two elements, every
     * enum constant in turn; or, {@code sparse}, every reference component null where the record
     * accepts it.
     */
    static class Filler {
        private int next;
        private final boolean sparse;

        Filler(int seed, boolean sparse) {
            this.next = seed;
            this.sparse = sparse;
        }

        Object make(Type type) {
            if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
                return list(p.getActualTypeArguments()[0]);
            }
            Class<?> c = (Class<?>) type;
            int n = next++;
            if (c == String.class) {
                return AWKWARD.get(n % AWKWARD.size());
            } else if (c == int.class || c == Integer.class) {
                return n * 7 - 3;
            } else if (c == boolean.class || c == Boolean.class) {
                return n % 2 == 0;
            } else if (c.isEnum()) {
                Object[] values = c.getEnumConstants();
                return values[n % values.length];
            } else if (c.isRecord()) {
                return record(c);
            }
            throw new AssertionError("a report record holds a " + c + ": teach JsonOut and this test about it");
        }

        Object list(Type element) {
            return List.of(make(element), make(element));
        }

        private Object record(Class<?> c) {
            RecordComponent[] components = c.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = make(components[i].getGenericType());
            }
            Constructor<?> canonical;
            try {
                canonical = c.getDeclaredConstructor(types);
            } catch (NoSuchMethodException e) {
                throw new AssertionError(e);
            }
            if (sparse) {
                for (int i = 0; i < args.length; i++) {
                    if (types[i].isPrimitive()) {
                        continue;
                    }
                    Object kept = args[i];
                    args[i] = null;
                    if (!accepts(canonical, args)) {
                        args[i] = kept;
                    }
                }
            }
            try {
                return canonical.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        private static boolean accepts(Constructor<?> canonical, Object[] args) {
            try {
                canonical.newInstance(args.clone());
                return true;
            } catch (InvocationTargetException e) {
                return false;
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }
}
