package io.templint.hcl.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.hcl.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups disagreements with the reference into classes a parser engineer can act on: the metric,
 * the construct, and what was expected versus found, with a count and examples. A file's tree is
 * classed by its first difference (later ones are usually consequences of it).
 */
public final class MismatchClasses {

    /** One disagreement of one file. */
    public record Mismatch(String metric, String construct, String expectedVsActual, String example) {
        String key() {
            return metric + "\u0000" + construct + "\u0000" + expectedVsActual;
        }
    }

    /** A class of disagreements, with up to {@link #MAX_EXAMPLES} examples. */
    public record MismatchClass(String metric, String construct, String expectedVsActual, int count,
                               List<String> examples) { }

    static final int MAX_EXAMPLES = 3;

    private MismatchClasses() { }

    /** The classes of the given outcomes, largest first. */
    public static List<MismatchClass> of(List<Outcome> outcomes) {
        Map<String, List<Mismatch>> groups = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            for (Mismatch m : mismatches(o)) {
                groups.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
            }
        }
        List<MismatchClass> out = new ArrayList<>();
        for (List<Mismatch> g : groups.values()) {
            Mismatch first = g.get(0);
            List<String> examples = g.stream().limit(MAX_EXAMPLES).map(Mismatch::example).toList();
            out.add(new MismatchClass(first.metric(), first.construct(), first.expectedVsActual(), g.size(), examples));
        }
        out.sort(Comparator.comparingInt(MismatchClass::count).reversed()
            .thenComparing(MismatchClass::metric).thenComparing(MismatchClass::construct));
        return out;
    }

    /** The disagreements of one outcome, one per failing metric. */
    public static List<Mismatch> mismatches(Outcome o) {
        List<Mismatch> out = new ArrayList<>();
        String id = o.testCase().id();
        if (o.crash() != null) {
            String what = o.crash().replaceAll(":.*", "");
            out.add(new Mismatch("crash", "parser", "no result: " + what, id + ": " + o.crash()));
            return out;
        }
        Reference ref = o.testCase().reference();
        if (Boolean.FALSE.equals(Metric.VERDICT.judge(o))) {
            out.add(verdict(o, ref, id));
        }
        if (Boolean.FALSE.equals(Metric.FIRST_ERROR_LINE.judge(o))) {
            out.add(firstErrorLine(o, ref, id));
        }
        if (Boolean.FALSE.equals(Metric.TREE.judge(o))) {
            out.add(tree(Metric.TREE, o, id));
        }
        if (Boolean.FALSE.equals(Metric.FIRST_ERROR_RANGE.judge(o)) && o.firstError() != null
                && Boolean.TRUE.equals(Metric.FIRST_ERROR_LINE.judge(o))) {
            // (a wrong line is already a first-error-line mismatch)
            out.add(firstErrorRange(o, ref, id));
        }
        if (Boolean.FALSE.equals(Metric.ERROR_COUNT.judge(o))) {
            out.add(new Mismatch(Metric.ERROR_COUNT.label(), summary(ref.firstError()),
                (o.errorCount() < ref.errorCount() ? "fewer" : "more") + " errors than the reference",
                id + ": reference " + ref.errorCount() + ", ours " + o.errorCount()));
        }
        if (Boolean.FALSE.equals(Metric.ERROR_RANGES.judge(o)) && Boolean.TRUE.equals(Metric.ERROR_COUNT.judge(o))
                && Boolean.TRUE.equals(Metric.FIRST_ERROR_RANGE.judge(o))) {
            // (a wrong count or first range is reported above)
            out.add(new Mismatch(Metric.ERROR_RANGES.label(), summary(ref.firstError()),
                "a later error at another range", id + ": reference " + ref.errorSubjects() + ", ours "
                    + o.errorSubjects()));
        }
        if (Boolean.FALSE.equals(Metric.RECOVERED_TREE.judge(o))) {
            out.add(tree(Metric.RECOVERED_TREE, o, id));
        }
        return out;
    }

    private static Mismatch verdict(Outcome o, Reference ref, String id) {
        if (o.errors()) {
            Diagnostic d = o.firstError();
            int line = o.firstErrorLine();
            return new Mismatch(Metric.VERDICT.label(), "rejects valid input",
                "reference: no error; ours: " + describe(d),
                id + ":" + line + " `" + o.lineText(line) + "`");
        }
        int line = ref.firstErrorLine() == null ? 0 : ref.firstErrorLine();
        return new Mismatch(Metric.VERDICT.label(), "accepts invalid input",
            "reference: " + describe(ref.firstError()) + "; ours: no error",
            id + (line > 0 ? ":" + line + " `" + o.lineText(line) + "`" : ""));
    }

    private static Mismatch firstErrorLine(Outcome o, Reference ref, String id) {
        int expected = ref.firstErrorLine();
        String ours = o.firstError() == null ? "no error" : summary(o.firstError()) + " on line " + o.firstErrorLine();
        return new Mismatch(Metric.FIRST_ERROR_LINE.label(), summary(ref.firstError()),
            "reference: " + summary(ref.firstError()) + "; ours: " + (o.firstError() == null ? "no error" : summary(o.firstError())),
            id + ":" + expected + " `" + o.lineText(expected) + "` (ours: " + ours + ")");
    }

    private static Mismatch firstErrorRange(Outcome o, Reference ref, String id) {
        JsonNode expected = ref.firstError().get("subject");
        JsonNode actual = OracleShape.range(o.firstError().subject());
        String where = isRange(expected) && isRange(actual) ? rangeParts(expected, actual) : "range";
        return new Mismatch(Metric.FIRST_ERROR_RANGE.label(), summary(ref.firstError()),
            "reference: " + summary(ref.firstError()) + "; ours: " + summary(o.firstError()) + "; differs at " + where,
            id + ":" + ref.firstErrorLine() + " `" + o.lineText(ref.firstErrorLine()) + "` expected " + expected
                + ", got " + actual);
    }

    private static Mismatch tree(Metric metric, Outcome o, String id) {
        JsonDiff.Difference d = o.treeDiffs().get(0);
        String more = o.treeDiffs().size() > 1
            ? " (+" + (o.treeDiffs().size() - 1) + (o.treeDiffs().size() >= Checker.MAX_DIFFS ? "+" : "") + " more)"
            : "";
        return new Mismatch(metric.label(), d.construct() + "." + d.field(), describe(d),
            id + ":" + d.line() + " `" + o.lineText(d.line()) + "` " + d + more);
    }

    /** What differs, in words general enough to group files by. */
    static String describe(JsonDiff.Difference d) {
        return switch (d.kind()) {
            case VALUE -> {
                if (d.field().equals("k") || d.field().equals("op")) {
                    yield d.expected().asText() + " expected, " + d.actual().asText() + " found";
                }
                if (isRange(d.expected()) && isRange(d.actual())) {
                    yield "range differs at " + rangeParts(d.expected(), d.actual());
                }
                yield "different value";
            }
            case TYPE -> typeName(d.expected()) + " expected, " + typeName(d.actual()) + " found";
            case LENGTH -> d.expected().size() > d.actual().size() ? "fewer elements than expected"
                : "more elements than expected";
            case MISSING -> "field missing";
            case EXTRA -> "unexpected field";
        };
    }

    private static String rangeParts(JsonNode e, JsonNode a) {
        boolean start = !e.get(0).equals(a.get(0)) || !e.get(1).equals(a.get(1)) || !e.get(2).equals(a.get(2));
        boolean end = !e.get(3).equals(a.get(3)) || !e.get(4).equals(a.get(4)) || !e.get(5).equals(a.get(5));
        return start && end ? "start and end" : start ? "start" : "end";
    }

    private static boolean isRange(JsonNode n) {
        return n != null && n.isArray() && n.size() == 6;
    }

    private static String typeName(JsonNode n) {
        if (n == null) {
            return "nothing";
        }
        if (n.isObject() && n.has("k")) {
            return n.get("k").asText();
        }
        return n.getNodeType().name().toLowerCase();
    }

    private static String describe(Diagnostic d) {
        return summary(d) + " (" + cut(d.detail()) + ")";
    }

    private static String describe(JsonNode d) {
        return summary(d) + " (" + cut(d == null ? "" : d.path("detail").asText()) + ")";
    }

    private static String summary(Diagnostic d) {
        return "\"" + d.summary() + "\"";
    }

    private static String summary(JsonNode d) {
        return d == null ? "(none)" : "\"" + d.path("summary").asText() + "\"";
    }

    private static String cut(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }
}
