package io.templint.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Usage help whose long lines wrap at spaces only. Picocli wraps with the JDK's line
 * {@code BreakIterator}, which also breaks after a full stop or before a slash, so file names
 * such as {@code .tgz}, {@code .zip}, {@code .templint.hcl} or {@code ../../modules} were cut in
 * two. The synopsis and the sections with running text (description, options, parameters,
 * commands, exit status) are laid out here in the same columns as picocli's, with
 * {@link WordTable}; the headings are picocli's own. Only made when help is printed.
 */
final class WordWrappingHelp extends Help {

    /** Makes this help for every command of a command line ({@code CommandLine.setHelpFactory}). */
    static final class Factory implements IHelpFactory {
        @Override
        public Help create(CommandSpec commandSpec, ColorScheme colorScheme) {
            return new WordWrappingHelp(commandSpec, colorScheme);
        }
    }

    private WordWrappingHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    private int width() {
        return commandSpec().usageMessage().width();
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
                                      ColorScheme scheme) {
        int longOptions = calcLongOptionColumnWidth(options, positionals, scheme);
        // the columns of picocli's TextTable.forDefaultColumns: "* -c, --create  Creates a ..."
        WordTable table = new WordTable(scheme,
            new Column(2, 0, Column.Overflow.TRUNCATE),
            new Column(2, 0, Column.Overflow.SPAN),
            new Column(1, 0, Column.Overflow.TRUNCATE),
            new Column(longOptions, 1, Column.Overflow.SPAN),
            new Column(width() - 5 - longOptions, 1, Column.Overflow.WRAP));
        return new Layout(scheme, table, createDefaultOptionRenderer(), createDefaultParameterRenderer());
    }

    @Override
    protected String insertSynopsisCommandName(int headingLength, Ansi.Text details) {
        // picocli's layout: the command name after the heading, wrapped lines under its first option
        String name = commandSpec().qualifiedName();
        int indent = headingLength + name.length() + 1;
        UsageMessageSpec usage = commandSpec().usageMessage();
        if (indent > usage.synopsisAutoIndentThreshold() * width()) {
            indent = usage.synopsisIndent() < 0 ? headingLength : usage.synopsisIndent();
            indent = Math.min(indent, (int) (0.9 * width())); // 0.9: picocli's largest automatic indent
        }
        WordTable table = new WordTable(colorScheme(), new Column(width(), 0, Column.Overflow.WRAP));
        table.indentWrappedLines = indent;
        Ansi.Text padding = Ansi.OFF.new Text("X".repeat(headingLength), colorScheme());
        table.addRowValues(padding.concat(colorScheme().commandText(name)).concat(details));
        return table.toString().substring(headingLength); // the heading is printed before
    }

    @Override
    public String description(Object... params) {
        String[] lines = commandSpec().usageMessage().description();
        StringBuilder sb = new StringBuilder();
        if (lines != null) {
            WordTable table = new WordTable(colorScheme(), new Column(width(), 0, Column.Overflow.WRAP));
            table.indentWrappedLines = 0;
            for (String line : lines) {
                table.addRowValues(format(line, params));
            }
            table.toString(sb);
        }
        return sb.toString();
    }

    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        int keyLength = 0;
        if (map != null) {
            for (Object key : map.keySet()) {
                keyLength = Math.max(keyLength, String.valueOf(key).length());
            }
        }
        keyLength = Math.min(width() - 4, keyLength);
        WordTable table = new WordTable(colorScheme(),
            new Column(keyLength + 3, 2, Column.Overflow.SPAN),
            new Column(width() - (keyLength + 3), 2, Column.Overflow.WRAP));
        if (map != null) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                table.addRowValues(format(String.valueOf(e.getKey())), format(String.valueOf(e.getValue())));
            }
        }
        return table;
    }

    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int nameLength = 0;
        for (String name : subcommands.keySet()) {
            nameLength = Math.max(nameLength, name.length());
        }
        nameLength = Math.min(nameLength, width() / 2);
        WordTable table = new WordTable(colorScheme(),
            new Column(nameLength + 2, 2, Column.Overflow.SPAN),
            new Column(width() - (nameLength + 2), 2, Column.Overflow.WRAP));
        for (Help help : subcommands.values()) {
            UsageMessageSpec usage = help.commandSpec().usageMessage();
            String first = usage.header().length > 0 ? usage.header()[0]
                : usage.description().length > 0 ? usage.description()[0] : "";
            Ansi.Text[] lines = colorScheme().text(format(first)).splitLines();
            for (int i = 0; i < lines.length; i++) {
                table.addRowValues(i == 0 ? help.commandNamesText(", ") : colorScheme().text(""), lines[i]);
            }
        }
        return table.toString();
    }

    /** Picocli's formatting of help text: {@code %n} and other format specifiers, the raw text when invalid. */
    private static String format(String text, Object... params) {
        if (text == null) {
            return "";
        }
        try {
            return String.format(text, params);
        } catch (java.util.IllegalFormatException e) {
            return text;
        }
    }

    /**
     * A text table whose wrapping columns (and a spanning last column) break lines at spaces only;
     * a word longer than a whole line is cut at the column's edge, as picocli does.
     */
    static final class WordTable extends TextTable {

        WordTable(ColorScheme scheme, Column... columns) {
            super(scheme, columns);
        }

        @Override
        public Cell putValue(int row, int col, Ansi.Text value) {
            Column[] columns = columns();
            Column column = columns[col];
            boolean wraps = column.overflow == Column.Overflow.WRAP
                || column.overflow == Column.Overflow.SPAN && col == columns.length - 1;
            String plain = value == null ? "" : value.plainString();
            int indent = column.indent;
            if (!wraps || plain.length() <= column.width - indent) {
                return super.putValue(row, col, value);
            }
            int r = row;
            int start = 0;
            try {
                while (true) {
                    column.indent = r == row ? indent : indent + indentWrappedLines;
                    int room = Math.max(1, column.width - column.indent);
                    int end = lineEnd(plain, start, room);
                    super.putValue(r, col, value.substring(start, end));
                    start = end;
                    while (start < plain.length() && plain.charAt(start) == ' ') {
                        start++;
                    }
                    if (start >= plain.length()) {
                        return new Cell(col, r);
                    }
                    addEmptyRow();
                    r++;
                }
            } finally {
                column.indent = indent;
            }
        }

        /** Where the line starting at {@code start} ends: before the last space that lets it fit in {@code room}. */
        private static int lineEnd(String text, int start, int room) {
            if (text.length() - start <= room) {
                return text.length();
            }
            for (int i = start + room; i > start; i--) {
                if (text.charAt(i) == ' ') {
                    int end = i;
                    while (end > start && text.charAt(end - 1) == ' ') {
                        end--;
                    }
                    if (end > start) {
                        return end;
                    }
                }
            }
            return start + room; // one word longer than the line
        }
    }
}
