package io.templint.rules.coder;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises literal values that look like credentials: well-known token formats anywhere in the
 * value, and high-entropy values of variables whose name says they hold a secret. Describes what it
 * found without ever repeating the secret.
 */
final class SecretPatterns {

    /** A credential format: what it is called, how it starts (safe to show), and its pattern. */
    private record Format(String kind, String shownPrefix, Pattern pattern) { }

    /** A token starts a word: {@code disk-usage-...} holds no {@code sk-} key. */
    private static final String WORD_START = "(?<![A-Za-z0-9_])";

    private static final List<Format> FORMATS = List.of(
        new Format("GitHub personal access token", "ghp_", Pattern.compile(WORD_START + "ghp_[A-Za-z0-9]{30,}")),
        new Format("GitHub OAuth token", "gho_", Pattern.compile(WORD_START + "gho_[A-Za-z0-9]{30,}")),
        new Format("GitHub app token", "ghu_", Pattern.compile(WORD_START + "gh[usr]_[A-Za-z0-9]{30,}")),
        new Format("GitHub fine-grained token", "github_pat_", Pattern.compile(WORD_START + "github_pat_[A-Za-z0-9_]{22,}")),
        new Format("AWS access key id", "AKIA", Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Z0-9])")),
        new Format("Anthropic API key", "sk-ant-", Pattern.compile(WORD_START + "sk-ant-[A-Za-z0-9_-]{20,}")),
        new Format("OpenAI API key", "sk-", Pattern.compile(WORD_START + "sk-(?!ant-)(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,}")),
        new Format("Slack token", "xox", Pattern.compile(WORD_START + "xox[bpars]-[A-Za-z0-9-]{10,}")),
        new Format("private key", "-----BEGIN", Pattern.compile("-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----")));

    /** Names of variables that hold secrets: {@code *_TOKEN}, {@code *_KEY}, {@code *_SECRET}, {@code PASSWORD}... */
    private static final Pattern SECRET_NAME = Pattern.compile(
        "(?i)(?:^|_)(?:TOKEN|SECRET|PASSWORD|PASSWD|PASS|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|KEY|CREDENTIALS?|AUTH)$");

    /** Values shorter than this are not considered generic secrets. */
    private static final int MIN_GENERIC_LENGTH = 16;

    /** Shannon entropy (bits per character) from which a value counts as random. */
    private static final double MIN_ENTROPY = 3.5;

    private SecretPatterns() { }

    /**
     * What kind of secret {@code value} (set for the variable {@code name}, which may be null) looks
     * like, with the secret masked, e.g. {@code "a GitHub personal access token (ghp_…, 40 characters)"};
     * null when it does not look like one.
     */
    static String describe(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        for (Format f : FORMATS) {
            Matcher m = f.pattern.matcher(value);
            if (m.find()) {
                String shown = m.group().startsWith(f.shownPrefix) ? f.shownPrefix : m.group().substring(0, 4);
                return article(f.kind) + " " + f.kind + " (" + shown + "…, " + m.group().length() + " characters)";
            }
        }
        if (name != null && SECRET_NAME.matcher(name).find() && looksRandom(value)) {
            return "a " + value.length() + "-character random-looking value";
        }
        return null;
    }

    /** Whether a value is long, has no spaces, is not a reference or a path, and has high entropy. */
    static boolean looksRandom(String value) {
        if (value.length() < MIN_GENERIC_LENGTH || value.chars().anyMatch(Character::isWhitespace)
                || value.contains("://") || value.startsWith("/") || value.contains("${")) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.contains("example") || lower.contains("changeme") || lower.contains("placeholder")
                || lower.contains("xxxx") || lower.contains("your")) {
            return false;
        }
        return entropy(value) >= MIN_ENTROPY;
    }

    /** Shannon entropy of the characters of {@code s}, in bits per character. */
    static double entropy(String s) {
        Map<Integer, Integer> counts = new HashMap<>();
        s.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        double n = s.codePointCount(0, s.length());
        double h = 0;
        for (int c : counts.values()) {
            double p = c / n;
            h -= p * (Math.log(p) / Math.log(2));
        }
        return h;
    }

    private static String article(String kind) {
        return "AEIOUaeiou".indexOf(kind.charAt(0)) >= 0 ? "an" : "a";
    }
}
