package io.templint.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises literal values that look like credentials: well-known token formats anywhere in the
 * value, and high-entropy values of variables whose name says they hold a secret. Describes what it
 * found without ever repeating the secret, and masks secrets in source text that a report quotes
 * (the first {@value #SHOWN_CHARS} characters stay, the rest become {@code *}).
 *
 * <p>The coder analysis uses it to report a hard-coded secret's env entry as sensitive, the
 * {@code coder_hardcoded_secret} rule to describe it, and the text report to mask code frames.
 */
public final class SecretPatterns {

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

    /** How many leading characters of a masked secret stay visible. */
    public static final int SHOWN_CHARS = 4;

    /** A run of characters that may be a secret in source text: no blanks, quotes or HCL punctuation. */
    private static final Pattern TOKEN = Pattern.compile("[^\\s\"'`=,;(){}\\[\\]<>]{" + MIN_GENERIC_LENGTH + ",}");

    private SecretPatterns() { }

    /** Whether {@code value}, set for the variable {@code name} (may be null), looks like a secret. */
    public static boolean isSecret(String name, String value) {
        return describe(name, value) != null;
    }

    /**
     * What kind of secret {@code value} (set for the variable {@code name}, which may be null) looks
     * like, with the secret masked, e.g. {@code "a GitHub personal access token (ghp_…, 40 characters)"};
     * null when it does not look like one.
     */
    public static String describe(String name, String value) {
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

    /**
     * {@code text}, a piece of source that sets {@code value} for the variable {@code name}, with
     * every secret {@link #isSecret} finds in the value masked wherever the text holds it verbatim,
     * and everything {@link #mask(String)} masks. When the value is a secret that the text does not
     * hold verbatim (it is escaped, or split by interpolations), nor masked already, the whole text
     * is masked: a report never quotes a secret.
     */
    public static String redact(String text, String name, String value) {
        if (text == null) {
            return null;
        }
        String out = text;
        boolean allFound = true;
        for (String secret : secrets(name, value)) {
            if (out.contains(secret)) {
                out = out.replace(secret, maskSecret(secret));
            } else if (!out.contains(maskSecret(secret))) {
                allFound = false;
            }
        }
        return allFound ? mask(out) : maskSecret(text);
    }

    /**
     * {@code text} with every well-known credential format and every random-looking run of at least
     * {@value #MIN_GENERIC_LENGTH} characters masked. Meant for source that is known to hold a secret
     * (the code frame of a {@code coder_hardcoded_secret} finding): it may mask more than the secret.
     */
    public static String mask(String text) {
        String out = maskKnownFormats(text);
        Matcher m = TOKEN.matcher(out);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(looksRandom(token) ? maskSecret(token) : token));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** {@code text} with every well-known credential format masked; safe to apply to any source text. */
    public static String maskKnownFormats(String text) {
        String out = text;
        for (Format f : FORMATS) {
            Matcher m = f.pattern.matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(maskSecret(m.group())));
            }
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }

    /** {@code secret} with all but its first {@value #SHOWN_CHARS} characters replaced by {@code *}. */
    public static String maskSecret(String secret) {
        int shown = secret.offsetByCodePoints(0, Math.min(SHOWN_CHARS, secret.codePointCount(0, secret.length())));
        return secret.substring(0, shown) + "*".repeat(secret.codePointCount(shown, secret.length()));
    }

    /** The parts of {@code value} that are secrets: each well-known format's match, or the whole value. */
    private static List<String> secrets(String name, String value) {
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Format f : FORMATS) {
            Matcher m = f.pattern.matcher(value);
            while (m.find()) {
                // a private key is its header and everything after it
                out.add(f.kind.equals("private key") ? value.substring(m.start()) : m.group());
            }
        }
        if (out.isEmpty() && isSecret(name, value)) {
            out.add(value);
        }
        return out;
    }

    /** Whether a value is long, has no spaces, is not a reference or a path, and has high entropy. */
    private static boolean looksRandom(String value) {
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
