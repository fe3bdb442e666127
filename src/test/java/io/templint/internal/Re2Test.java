package io.templint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Re2Test {

    private static final long BUDGET = 1_000_000;

    @ParameterizedTest
    @ValueSource(strings = {
        "", "a", "^[a-z0-9-]+$", "(?P<name>x)", "(?<name>x)", "[[:alpha:]]+", "[[:^digit:]]", "\\pL", "\\p{Greek}",
        "\\PL", "\\p{^L}", "\\Q.*+\\E", "(?i)abc", "(?s).", "(?m)^a$", "(?U)a+", "(?i-s:a)", "(?)", "a{2}", "a{2,}",
        "a{2,5}", "a{1000}", "(a{10}){100}", "a{,5}", "a{01}", "{", "a{", "\\12", "\\0", "\\x41", "\\x{10FFFF}",
        "\\.", "\\_", "\\-", "[]a]", "[^]a]", "[a-]", "[-a]", "[a\\-z]", "[\\d-z]", "a|", "|", "()", "(|a)", "a*?",
        "a+?", "a??", "^*", "\\b\\B\\A\\z", "\\d\\D\\s\\S\\w\\W", "\\a\\f\\n\\r\\t\\v", "[\\pL\\d]", "x(?i)*",
        "a*(?i)*", "[[:a]", "é+", "[^\\x00-\\x{10FFFF}]",
    })
    void acceptsWhatGoAccepts(String re) {
        assertThat(Re2.parse(re).error()).as(re).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
        "(a)\\1 => invalid escape sequence: `\\1`",
        "\\8 => invalid escape sequence: `\\8`",
        "a\\Z => invalid escape sequence: `\\Z`",
        "\\u0041 => invalid escape sequence: `\\u`",
        "\\e => invalid escape sequence: `\\e`",
        "\\C => invalid escape sequence: `\\C`",
        "[\\b] => invalid escape sequence: `\\b`",
        "\\x4 => invalid escape sequence: `\\x4`",
        "\\x{110000} => invalid escape sequence: `\\x{110000`",
        "(?=a) => invalid or unsupported Perl syntax: `(?=`",
        "(?!a) => invalid or unsupported Perl syntax: `(?!`",
        "(?>a) => invalid or unsupported Perl syntax: `(?>`",
        "(?#x) => invalid or unsupported Perl syntax: `(?#`",
        "(?x)a => invalid or unsupported Perl syntax: `(?x`",
        "(?i-)a => invalid or unsupported Perl syntax: `(?i-)`",
        "(?i => invalid or unsupported Perl syntax: `(?i`",
        "(?P=n) => invalid or unsupported Perl syntax: `(?P`",
        "(?<=a)b => invalid named capture: `(?<=a)b`",
        "(?P<a-b>x) => invalid named capture: `(?P<a-b>`",
        "(?P<>x) => invalid named capture: `(?P<>`",
        "a** => invalid nested repetition operator: `**`",
        "a*+ => invalid nested repetition operator: `*+`",
        "a++ => invalid nested repetition operator: `++`",
        "a{2}* => invalid nested repetition operator: `{2}*`",
        "a*?+ => invalid nested repetition operator: `*?+`",
        "*a => missing argument to repetition operator: `*`",
        "a|* => missing argument to repetition operator: `*`",
        "(+) => missing argument to repetition operator: `+`",
        "(?i)* => missing argument to repetition operator: `*`",
        "{2} => missing argument to repetition operator: `{2}`",
        "a{1001} => invalid repeat count: `{1001}`",
        "a{5,2} => invalid repeat count: `{5,2}`",
        "a{2,1001} => invalid repeat count: `{2,1001}`",
        "(a{10}){101} => invalid repeat count: `{101}`",
        "((a{2}){2}){251} => invalid repeat count: `{251}`",
        "(abc => missing closing ): `(abc`",
        "a) => unexpected ): `a)`",
        "[a-z => missing closing ]: `[a-z`",
        "x[^ => missing closing ]: `[^`",
        "[z-a] => invalid character class range: `z-a`",
        "[[:foo:]] => invalid character class range: `[:foo:]`",
        "\\p{Greek => invalid character class range: `\\p{Greek`",
        "a\\ => trailing backslash at end of expression: ``",
    })
    void refusesWhatGoRefusesInGosWords(String re, String message) {
        assertThat(Re2.parse(re).error()).as(re).isEqualTo("error parsing regexp: " + message);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
        // unanchored search, as Go's MatchString
        "b => abc => true",
        "^b => abc => false",
        // $ is the end of the text only: not before a final newline (Java's $ is)
        "a$ => 'a\n' => false",
        "a\\z => 'a\n' => false",
        "(?m)a$ => 'a\nb' => true",
        // (?m)^ matches after a final newline too (Java's does not)
        "(?m)^$ => 'a\n' => true",
        "^$ => 'a\n' => false",
        // . does not match \n unless (?s); Java's . also refuses \r, \u0085, \u2028
        "a.b => 'a\nb' => false",
        "(?s)a.b => 'a\nb' => true",
        "a.b => 'a\rb' => true",
        "a.b => 'a\u2028b' => true",
        // \s is [\t\n\f\r ], no \v; \d and \w are ASCII
        "^\\s$ => '\u000B' => false",
        "^[[:space:]]$ => '\u000B' => true",
        "^\\s$ => '\f' => true",
        "^\\w+$ => abc_9 => true",
        // \b is an ASCII word boundary
        "\\bx\\b => a x b => true",
        "\\bx => ax => false",
        "x\\B => xa => true",
        // case folding, scoped to the group
        "(?i)ABC => xabcx => true",
        "(?i:a)B => ab => false",
        "(?i)[^a] => A => false",
        "(?i)\\W => K => false",
        "(?i)k => K => true",
        "(?i)^[[:upper:]]+$ => abc => true",
        "(?i)[[:^lower:]] => ABC => false",
        // literal text
        "\\Qa.b\\E => axb => false",
        "\\Qa.b\\E => a.b => true",
        "a{,2} => 'a{,2}' => true",
        "[[:alpha:]]+[[:^alpha:]] => ab1 => true",
        "^(?P<y>\\d{4})-\\d{2}$ => 2024-01 => true",
        "^[a-z0-9-]+$ => My-Name => false",
        "\\x41 => A => true",
        "\\101 => A => true",
        "^(?:a|)$ => '' => true",
        "x* => '' => true",
        "[^\\x00-\\x{10FFFF}] => a => false",
        "^\\pL+$ => abc => true",
        "^\\p{Greek}+$ => abc => false",
        "^\\p{Any}$ => a => true",
    })
    void findsAsGosMatchStringDoes(String re, String input, boolean expected) {
        assertThat(Re2.parse(re).find(input, BUDGET)).as(re + " on " + input).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "=>", quoteCharacter = '\'', value = {
        "(?i)é => É",
        "\\pL => é",
        "\\p{Foo} => a",
        "(?i)\\pL => a",
    })
    void isNotSureWhereJavaAndGoMayDisagree(String re, String input) {
        Re2 r = Re2.parse(re);
        assertThat(r.error()).isNull();
        assertThat(r.find(input, BUDGET)).as(re + " on " + input).isNull();
    }

    @Test
    void backtrackingIsBoundedByTheReadBudget() {
        Re2 r = Re2.parse("^((aa?)+)+$");
        assertThat(r.error()).isNull();
        assertThat(r.find("a".repeat(30) + "c", 100_000)).isNull();
        assertThat(r.find("aaa", 100_000)).isTrue();
    }

    @Test
    void theJavaPatternHasNoneOfJavasOwnSyntax() {
        String java = Re2.parse("(?P<n>a)[[:digit:]]\\Q(\\E$").javaPattern();
        assertThat(java).doesNotContain("(?P").doesNotContain("[:").doesNotContain("\\Q").endsWith("\\z");
        assertThat(Pattern.compile(java).matcher("a1(").find()).isTrue();
    }

    @Test
    void deepNestingIsNotSureButNeverFails() {
        Re2 r = Re2.parse("(".repeat(2000) + ")".repeat(2000));
        assertThat(r.error()).isNull();
        assertThat(r.find("", BUDGET)).isNull();
    }
}
