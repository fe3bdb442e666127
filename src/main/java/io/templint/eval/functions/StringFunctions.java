package io.templint.eval.functions;

import static io.templint.eval.functions.Defs.fn;
import static io.templint.eval.functions.Defs.integer;
import static io.templint.eval.functions.Defs.num;
import static io.templint.eval.functions.Defs.s;
import static io.templint.eval.functions.Defs.str;
import static io.templint.eval.functions.Defs.strings;
import static io.templint.eval.functions.Defs.variadic;

import io.templint.eval.Type;
import io.templint.eval.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** Terraform's string functions. */
final class StringFunctions {

    private StringFunctions() { }

    static List<Function> all() {
        Param anyNullable = Param.of("args", Type.DYNAMIC).allowingNull();
        return Defs.typed(List.of(
                variadic("format", anyNullable, (a, c) -> Value.string(Format.format(s(a, 0), a.subList(1, a.size()), 1, c)),
                    str("format")),
                variadic("formatlist", anyNullable, StringFunctions::formatlist, str("format")),
                variadic("join", Param.of("lists", Type.list(Type.STRING)), StringFunctions::join, str("separator")),
                fn("split", (a, c) -> strings(split(s(a, 1), s(a, 0), c)), str("separator"), str("str")),
                fn("lower", (a, c) -> Value.string(s(a, 0).toLowerCase(java.util.Locale.ROOT)), str("str")),
                fn("upper", (a, c) -> Value.string(s(a, 0).toUpperCase(java.util.Locale.ROOT)), str("str")),
                fn("title", (a, c) -> Value.string(title(s(a, 0))), str("str")),
                fn("trim", (a, c) -> Value.string(trim(s(a, 0), s(a, 1))), str("str"), str("cutset")),
                fn("trimprefix", (a, c) -> Value.string(s(a, 0).startsWith(s(a, 1))
                    ? s(a, 0).substring(s(a, 1).length()) : s(a, 0)), str("str"), str("prefix")),
                fn("trimsuffix", (a, c) -> Value.string(s(a, 0).endsWith(s(a, 1))
                    ? s(a, 0).substring(0, s(a, 0).length() - s(a, 1).length()) : s(a, 0)), str("str"), str("suffix")),
                fn("trimspace", (a, c) -> Value.string(s(a, 0).strip()), str("str")),
                fn("replace", StringFunctions::replace, str("str"), str("substr"), str("replace")),
                fn("substr", StringFunctions::substr, str("str"), num("offset"), num("length")),
                fn("strrev", (a, c) -> {
                    List<String> g = Graphemes.split(s(a, 0));
                    java.util.Collections.reverse(g);
                    return Value.string(String.join("", g));
                }, str("str")),
                fn("chomp", (a, c) -> Value.string(s(a, 0).replaceFirst("(?:\\r\\n?|\\n)*\\z", "")), str("str")),
                fn("indent", StringFunctions::indent, num("spaces"), str("str")),
                fn("regex", (a, c) -> regex(s(a, 0), s(a, 1), c), str("pattern"), str("string")),
                fn("regexall", (a, c) -> regexall(s(a, 0), s(a, 1), c), str("pattern"), str("string")),
                fn("startswith", (a, c) -> Value.bool(s(a, 0).startsWith(s(a, 1))), str("str"), str("prefix")),
                fn("endswith", (a, c) -> Value.bool(s(a, 0).endsWith(s(a, 1))), str("str"), str("suffix")),
                fn("strcontains", (a, c) -> Value.bool(s(a, 0).contains(s(a, 1))), str("str"), str("substr")),
                fn("templatestring", (a, c) -> Templates.render("templatestring", s(a, 0), a.get(1), 1, c),
                    str("template"), Param.collection("vars", Type.DYNAMIC)).returning(Type.DYNAMIC)
            ), Type.STRING,
            Map.of("formatlist", Type.list(Type.STRING), "split", Type.list(Type.STRING), "regex", Type.DYNAMIC,
            "regexall", Type.DYNAMIC, "startswith", Type.BOOL, "endswith", Type.BOOL, "strcontains", Type.BOOL));
    }

    private static Value formatlist(List<Value> a, CallContext c) throws FunctionException {
        String spec = s(a, 0);
        int n = -1;
        for (int i = 1; i < a.size(); i++) {
            Value v = a.get(i);
            if (v.isSequence() && !(v.type() instanceof Type.SetType)) {
                if (n >= 0 && v.length() != n) {
                    throw new FunctionException(i, "argument " + i + " has length " + v.length()
                        + ", which is inconsistent with argument 1 of length " + n + ".");
                }
                n = v.length();
            }
        }
        if (n < 0) {
            n = 1;
        }
        c.checkCollection(n);
        List<String> out = new ArrayList<>(n);
        for (int row = 0; row < n; row++) {
            List<Value> args = new ArrayList<>(a.size() - 1);
            for (int i = 1; i < a.size(); i++) {
                Value v = a.get(i);
                args.add(v.isSequence() && !(v.type() instanceof Type.SetType) ? v.elements().get(row) : v);
            }
            c.step(1);
            String line = Format.format(spec, args, 1, c);
            c.produced(line.length());
            out.add(line);
        }
        return strings(out);
    }

    private static Value join(List<Value> a, CallContext c) throws FunctionException {
        if (a.size() < 2) {
            throw new FunctionException("at least one list is required.");
        }
        String sep = s(a, 0);
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int i = 1; i < a.size(); i++) {
            for (Value e : a.get(i).elements()) {
                if (e.isNull()) {
                    throw new FunctionException(i, "element is null; cannot concatenate null values.");
                }
                if (!first) {
                    sb.append(sep);
                }
                sb.append(e.asString());
                c.checkString(sb.length());
                first = false;
            }
        }
        return Value.string(sb.toString());
    }

    static List<String> split(String s, String sep, CallContext c) throws FunctionException {
        List<String> out = new ArrayList<>();
        if (sep.isEmpty()) {
            s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            c.checkCollection(out.size());
            return out;
        }
        int from = 0;
        while (true) {
            int at = s.indexOf(sep, from);
            if (at < 0) {
                out.add(s.substring(from));
                break;
            }
            out.add(s.substring(from, at));
            from = at + sep.length();
            if (out.size() > c.limits().maxCollectionSize()) {
                c.checkCollection(out.size());
            }
        }
        return out;
    }

    /** Go's strings.Title: upper-cases the first letter of each word. */
    private static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevSeparator = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(prevSeparator ? Character.toTitleCase(cp) : cp);
            prevSeparator = !(Character.isLetterOrDigit(cp) || cp == '_' || Character.getType(cp) == Character.NON_SPACING_MARK);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static String trim(String s, String cutset) {
        int start = 0;
        int end = s.length();
        while (start < end && cutset.indexOf(s.codePointAt(start)) >= 0) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && cutset.indexOf(s.codePointBefore(end)) >= 0) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    private static Value replace(List<Value> a, CallContext c) throws FunctionException {
        String str = s(a, 0);
        String sub = s(a, 1);
        String rep = s(a, 2);
        if (sub.length() > 1 && sub.startsWith("/") && sub.endsWith("/")) {
            Regexes.Compiled re = Regexes.compile(sub.substring(1, sub.length() - 1), 1);
            return guarded(() -> {
                Matcher m = Regexes.matcher(re, str, c);
                StringBuilder sb = new StringBuilder();
                int last = 0;
                while (m.find()) {
                    sb.append(str, last, m.start());
                    expand(sb, rep, m, re);
                    c.checkString(sb.length());
                    c.step(1);
                    last = m.end();
                }
                sb.append(str, last, str.length());
                return Value.string(sb.toString());
            }, 1, c);
        }
        if (sub.isEmpty()) {
            // Go's strings.Replace with an empty old string inserts between every character
            StringBuilder sb = new StringBuilder(rep);
            str.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(rep));
            c.checkString(sb.length());
            return Value.string(sb.toString());
        }
        long count = 0;
        for (int i = str.indexOf(sub); i >= 0; i = str.indexOf(sub, i + sub.length())) {
            count++;
        }
        c.checkString(str.length() + count * (rep.length() - (long) sub.length()));
        return Value.string(str.replace(sub, rep));
    }

    /** Go's regexp Expand: {@code $1}, {@code ${1}}, {@code $name}, {@code ${name}}, {@code $$}. */
    private static void expand(StringBuilder sb, String template, Matcher m, Regexes.Compiled re) {
        for (int i = 0; i < template.length(); i++) {
            char ch = template.charAt(i);
            if (ch != '$' || i + 1 >= template.length()) {
                sb.append(ch);
                continue;
            }
            char next = template.charAt(i + 1);
            if (next == '$') {
                sb.append('$');
                i++;
                continue;
            }
            String name;
            int end;
            if (next == '{') {
                int close = template.indexOf('}', i + 2);
                if (close < 0) {
                    sb.append(ch);
                    continue;
                }
                name = template.substring(i + 2, close);
                end = close;
            } else {
                int j = i + 1;
                while (j < template.length() && (Character.isLetterOrDigit(template.charAt(j)) || template.charAt(j) == '_')) {
                    j++;
                }
                if (j == i + 1) {
                    sb.append(ch);
                    continue;
                }
                name = template.substring(i + 1, j);
                end = j - 1;
            }
            int group = -1;
            if (name.matches("[0-9]+")) {
                try {
                    group = Integer.parseInt(name);
                } catch (NumberFormatException e) {
                    group = -1;
                }
            } else {
                group = re.groupNames().indexOf(name) + 1;
                group = group == 0 ? -1 : group;
            }
            if (group >= 0 && group <= m.groupCount() && m.group(group) != null) {
                sb.append(m.group(group));
            }
            i = end;
        }
    }

    private static Value substr(List<Value> a, CallContext c) throws FunctionException {
        String str = s(a, 0);
        int offset = integer(a, 1);
        int length = integer(a, 2);
        List<String> g = Graphemes.split(str);
        int total = g.size();
        if (offset < 0) {
            offset += total;
            if (offset < 0) {
                offset = 0;
            }
        }
        if (offset >= total || length == 0) {
            return Value.EMPTY_STRING;
        }
        int end = length < 0 || offset + (long) length >= total ? total : offset + length;
        return Value.string(String.join("", g.subList(offset, end)));
    }

    private static Value indent(List<Value> a, CallContext c) throws FunctionException {
        int spaces = integer(a, 0);
        if (spaces < 0) {
            throw new FunctionException(0, "the number of spaces must not be negative.");
        }
        String str = s(a, 1);
        long lines = str.chars().filter(ch -> ch == '\n').count();
        c.checkString(str.length() + lines * spaces);
        return Value.string(str.replace("\n", "\n" + " ".repeat(spaces)));
    }

    /** Runs regex matching, turning budget exhaustion and deep recursion into argument errors. */
    private interface RegexWork {
        Value run() throws FunctionException;
    }

    private static Value guarded(RegexWork w, int argIndex, CallContext c) throws FunctionException {
        try {
            return w.run();
        } catch (Regexes.BudgetExceeded e) {
            throw new FunctionException(argIndex, "the regular expression takes too long to match this string.");
        } catch (StackOverflowError e) {
            // Go's RE2 matches without recursion: Terraform would succeed, so this is a limit, not an error
            throw c.limitReached("Matching this regular expression needs more stack than templint has.");
        }
    }

    private static Value captures(Regexes.Compiled re, Matcher m) throws FunctionException {
        List<String> names = re.groupNames();
        if (names.isEmpty()) {
            return Value.string(m.group());
        }
        if (re.hasNamedGroups()) {
            if (re.hasUnnamedGroups()) {
                throw new FunctionException(0, "invalid regular expression: can't mix named and unnamed capture"
                    + " groups.");
            }
            Map<String, Value> out = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String g = m.group(i + 1);
                out.put(names.get(i), g == null ? Value.nullOf(Type.STRING) : Value.string(g));
            }
            return Value.object(out);
        }
        List<Value> out = new ArrayList<>();
        for (int i = 1; i <= m.groupCount(); i++) {
            String g = m.group(i);
            out.add(g == null ? Value.nullOf(Type.STRING) : Value.string(g));
        }
        return Value.tuple(out);
    }

    private static Value regex(String pattern, String str, CallContext c) throws FunctionException {
        Regexes.Compiled re = Regexes.compile(pattern, 0);
        return guarded(() -> {
            Matcher m = Regexes.matcher(re, str, c);
            if (!m.find()) {
                throw new FunctionException(1, "pattern did not match any part of the given string.");
            }
            return captures(re, m);
        }, 1, c);
    }

    private static Value regexall(String pattern, String str, CallContext c) throws FunctionException {
        Regexes.Compiled re = Regexes.compile(pattern, 0);
        return guarded(() -> {
            Matcher m = Regexes.matcher(re, str, c);
            List<Value> out = new ArrayList<>();
            while (m.find()) {
                out.add(captures(re, m));
                c.checkCollection(out.size());
                c.step(1);
            }
            if (out.isEmpty()) {
                return Value.list(re.groupNames().isEmpty() ? Type.STRING : Type.DYNAMIC, List.of());
            }
            return Value.list(out.get(0).type(), out);
        }, 1, c);
    }
}
