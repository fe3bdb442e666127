package io.templint.eval.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Terraform counts, slices and reverses strings by Unicode grapheme clusters, not code points. */
final class Graphemes {

    private Graphemes() { }

    private static final Pattern CLUSTER = Pattern.compile("\\X");

    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (isAscii(s)) {
            for (int i = 0; i < s.length(); i++) {
                out.add(s.substring(i, i + 1));
            }
            return out;
        }
        Matcher m = CLUSTER.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static int count(String s) {
        if (isAscii(s)) {
            return s.length();
        }
        Matcher m = CLUSTER.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
