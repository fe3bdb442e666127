package io.templint.hcl.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Attribute;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Expression;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.SourceFile;
import io.templint.hcl.parser.antlr.HCLLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.junit.jupiter.api.Test;

/** The grammar's lexer (modes, bracket stack, newline significance) and stage 1's limits. */
class GrammarFrontEndTest {

    private static List<String> tokens(String text) {
        HCLLexer lexer = new HCLLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                out.add(HCLLexer.VOCABULARY.getSymbolicName(t.getType()));
            }
        }
        return out;
    }

    @Test
    void aBraceInsideAnInterpolationClosesTheInnermostBracket() {
        assertThat(tokens("\"${ {a = \"}\"} }\"")).containsExactly("O_QUOTE", "TEMPLATE_INTERP", "O_BRACE",
            "IDENT", "EQUAL", "O_QUOTE", "QUOTED_LIT", "C_QUOTE", "C_BRACE", "TEMPLATE_SEQ_END", "C_QUOTE");
    }

    @Test
    void newlinesMatterOnlyAtTheTopLevelAndInsideBraces() {
        assertThat(tokens("(a\n+b)\n")).containsExactly("O_PAREN", "IDENT", "PLUS", "IDENT", "C_PAREN", "NEWLINE");
        assertThat(tokens("{\na\n}")).containsExactly("O_BRACE", "NEWLINE", "IDENT", "NEWLINE", "C_BRACE");
        assertThat(tokens("{\nfor\nx}")).containsExactly("O_BRACE", "NEWLINE", "FOR", "IDENT", "C_BRACE");
        assertThat(tokens("[\"${\na\n}\"]")).containsExactly("O_BRACK", "O_QUOTE", "TEMPLATE_INTERP", "IDENT",
            "TEMPLATE_SEQ_END", "C_QUOTE", "C_BRACK");
    }

    @Test
    void aLineCommentIsANewlineWhereNewlinesMatter() {
        assertThat(tokens("a # c\nb")).containsExactly("IDENT", "NEWLINE", "IDENT");
        assertThat(tokens("(a # c\nb)")).containsExactly("O_PAREN", "IDENT", "IDENT", "C_PAREN");
    }

    @Test
    void heredocEndMarkersAreWholeLines() {
        assertThat(tokens("<<EOT\nEOTx\n  EOT  \n")).containsExactly("O_HEREDOC", "STRING_LIT", "C_HEREDOC",
            "NEWLINE");
        assertThat(tokens("<<-A\n${x}A\nA\n")).containsExactly("O_HEREDOC", "TEMPLATE_INTERP", "IDENT",
            "TEMPLATE_SEQ_END", "STRING_LIT", "C_HEREDOC", "NEWLINE");
    }

    @Test
    void escapesAndStripMarkers() {
        assertThat(tokens("\"$${a}%%{b}${~x~}\"")).containsExactly("O_QUOTE", "QUOTED_LIT", "QUOTED_LIT",
            "QUOTED_LIT", "QUOTED_LIT", "TEMPLATE_INTERP", "IDENT", "TEMPLATE_SEQ_END", "C_QUOTE");
    }

    @Test
    void charactersHclNeverAcceptsStopTheLexer() {
        for (String bad : List.of("a = 1 & 2", "a = `x`", "a = 'x'", "a = 1;", "a = \r1", "a = ~1")) {
            HCLLexer lexer = new HCLLexer(CharStreams.fromString(bad));
            lexer.removeErrorListeners();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
                for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                    // read on
                }
            }).as(bad).isInstanceOf(ParseCancellationException.class);
        }
    }

    @Test
    void wellFormedInputIsReadByStageOne() {
        SourceFile f = SourceFile.of("x.tf", "a = [1, 2]\n");
        HclFile file = GrammarFrontEnd.parse(f, ParseOptions.DEFAULTS);
        assertThat(file).isNotNull();
        assertThat(((Attribute) file.body().items().get(0)).expression()).isInstanceOf(Expression.TupleCons.class);
    }

    @Test
    void deepNestingIsLeftToTheRecoveryParser() {
        String deep = "a = " + "[".repeat(150) + "]".repeat(150) + "\n";
        SourceFile f = SourceFile.of("deep.tf", deep);
        assertThat(GrammarFrontEnd.parse(f, ParseOptions.DEFAULTS)).isNull();
        HclFile read = NativeParser.parseFile(f, ParseOptions.DEFAULTS);
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.body()).isEqualTo(NativeParser.parseFileRecovering(f, ParseOptions.DEFAULTS).body());

        String unary = "a = " + "!".repeat(150) + "x\n";
        assertThat(GrammarFrontEnd.parse(SourceFile.of("u.tf", unary), ParseOptions.DEFAULTS)).isNull();
    }

    @Test
    void tenThousandLevelsParseAndAHundredThousandAreRefused() {
        HclFile ok = NativeParser.parseFile(SourceFile.of("d.tf", "a = " + "(".repeat(10_000) + "1"
            + ")".repeat(10_000) + "\n"), ParseOptions.DEFAULTS);
        assertThat(ok.diagnostics()).isEmpty();
        HclFile refused = NativeParser.parseFile(SourceFile.of("d.tf", "a = " + "[".repeat(100_000)
            + "]".repeat(100_000) + "\n"), ParseOptions.DEFAULTS);
        assertThat(refused.diagnostics()).extracting(Diagnostic::summary).containsExactly("Nesting too deep");
    }

    @Test
    void invalidUtf8IsLeftToTheRecoveryParser() {
        SourceFile f = new SourceFile("bad.tf", new byte[] {'a', ' ', '=', ' ', '"', (byte) 0xff, '"', '\n'});
        assertThat(GrammarFrontEnd.parse(f, ParseOptions.DEFAULTS)).isNull();
        assertThat(NativeParser.parseFile(f, ParseOptions.DEFAULTS).hasErrors()).isTrue();
    }
}
