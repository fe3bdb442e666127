package io.templint.hcl;

import io.templint.hcl.json.JsonReader;
import io.templint.hcl.parser.NativeParser;

/**
 * Entry point of the HCL layer: reads native syntax ({@code .tf}, {@code .hcl}) and JSON syntax
 * ({@code .tf.json}, {@code .hcl.json}) into the same tree. Never throws on bad input: every
 * problem is a {@link Diagnostic}. Thread-safe.
 */
public final class Hcl {

    private Hcl() { }

    /** Reads a file, choosing the syntax by its name ({@code .json} means JSON). */
    public static HclFile parse(SourceFile file) {
        return parse(file, ParseOptions.DEFAULTS);
    }

    /** Reads a file, choosing the syntax by its name ({@code .json} means JSON). */
    public static HclFile parse(SourceFile file, ParseOptions options) {
        return isJson(file.name()) ? parseJson(file, options) : parseNative(file, options);
    }

    /** Whether a file name denotes JSON syntax. */
    public static boolean isJson(String name) {
        return name.endsWith(".json");
    }

    /** Reads HCL native syntax. */
    public static HclFile parseNative(SourceFile file, ParseOptions options) {
        return NativeParser.parseFile(file, options);
    }

    /** Reads HCL JSON syntax. */
    public static HclFile parseJson(SourceFile file, ParseOptions options) {
        return JsonReader.read(file, options);
    }

    /** Reads a whole file as one native-syntax expression (like HCL's {@code ParseExpression}). */
    public static ExpressionResult parseExpression(SourceFile file, ParseOptions options) {
        return NativeParser.parseExpression(file, options);
    }

    /**
     * Reads {@code text} as a template (like HCL's {@code ParseTemplate}), with ranges starting at
     * {@code start} in file {@code filename}. Used for the strings of JSON syntax.
     */
    public static ExpressionResult parseTemplate(String filename, String text, Pos start, ParseOptions options) {
        return NativeParser.parseTemplate(filename, text, start, options);
    }
}
