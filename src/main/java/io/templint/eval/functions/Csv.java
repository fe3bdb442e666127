package io.templint.eval.functions;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV as Go's encoding/csv reads it (quoted fields, doubled quotes, CRLF or LF). */
final class Csv {

    private Csv() { }

    static List<List<String>> parse(String s) throws FunctionException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = s.length();
        int line = 1;
        boolean rowHasContent = false;
        while (i < n) {
            char ch = s.charAt(i);
            if (ch == '"' && field.length() == 0) {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new FunctionException(0, "record on line " + line + ": extraneous or missing \" in"
                            + " quoted-field.");
                    }
                    char q = s.charAt(i);
                    if (q == '"') {
                        if (i + 1 < n && s.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (q == '\n') {
                        line++;
                    }
                    field.append(q);
                    i++;
                }
                rowHasContent = true;
                if (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    throw new FunctionException(0, "record on line " + line + ": extraneous or missing \" in"
                        + " quoted-field.");
                }
                continue;
            }
            if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
                rowHasContent = true;
                i++;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                if (rowHasContent || field.length() > 0) {
                    row.add(field.toString());
                    rows.add(row);
                }
                row = new ArrayList<>();
                field.setLength(0);
                rowHasContent = false;
                line++;
            } else {
                if (ch == '"') {
                    throw new FunctionException(0, "record on line " + line + ": bare \" in non-quoted-field.");
                }
                field.append(ch);
                rowHasContent = true;
                i++;
            }
        }
        if (rowHasContent || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
