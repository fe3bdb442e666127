package io.templint.hcl.json;

import io.templint.hcl.Body;
import io.templint.hcl.Comment;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.HclFile;
import io.templint.hcl.ParseOptions;
import io.templint.hcl.Pos;
import io.templint.hcl.Range;
import io.templint.hcl.SourceFile;
import io.templint.internal.BigStack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Reads HCL's JSON syntax ({@code .tf.json}, {@code .tfvars.json}, {@code .tftest.json},
 * {@code .hcl.json}) into the same tree as the native syntax, with Terraform's meaning of each
 * block type.
 *
 * <p>JSON has no schema of its own, so the top-level properties are read as Terraform's block
 * types ({@code resource} and {@code data} with two labels, {@code variable}, {@code output},
 * {@code module}, {@code provider} with one, ...), nested blocks are recognised from a table of
 * Terraform's meta blocks and the Coder provider's nested blocks, and every other property is an
 * attribute. Strings are templates, except where Terraform reads them as references or keywords
 * (parsed as native expressions) or literally. Files named {@code *.tfvars.json} hold only
 * attributes with literal values; {@code *.tftest.json} files have Terraform's test-file blocks.
 * {@code "//"} properties of bodies are returned as {@link Comment}s, so that suppression markers
 * work in JSON too.
 *
 * <p>Never throws on bad input: malformed JSON, an empty file, invalid UTF-8, a byte order mark,
 * values of the wrong kind for a block, missing labels, duplicate arguments and nesting beyond
 * {@link ParseOptions#maxNestingDepth()} are all diagnostics, and whatever could be read is still
 * returned. Thread-safe: each call has its own state.
 */
public final class JsonReader {

    private JsonReader() { }

    /** Stack for a retry when the caller's thread stack is too small for the (bounded) block nesting. */
    private static final long RETRY_STACK_BYTES = 16L << 20;

    /**
     * Reads {@code file} as JSON syntax. Nesting is bounded, but a thread with a small stack (an
     * embedding service's worker) may still run out of it: the file is then read again on a thread
     * with a {@value #RETRY_STACK_BYTES}-byte stack, so that no {@link StackOverflowError} escapes.
     */
    public static HclFile read(SourceFile file, ParseOptions options) {
        try {
            return readOnce(file, options);
        } catch (StackOverflowError e) {
            // The reader's recursion is bounded (MAX_BLOCK_DEPTH, maxNestingDepth), but a caller's thread
            // may have a small stack: read again on a thread whose stack fits the bound.
            return readOnBigStack(file, options);
        }
    }

    private static HclFile readOnBigStack(SourceFile file, ParseOptions options) {
        return BigStack.call("templint-deep-json", RETRY_STACK_BYTES, () -> {
            try {
                return readOnce(file, options);
            } catch (StackOverflowError e) {
                Range start = Range.at(file.name(), Pos.START);
                return new HclFile(file, new Body(List.of(), start, start), List.of(), List.of(
                    Diagnostic.error("Nesting too deep", "The JSON of this file is nested too deeply to be read.",
                        start)));
            }
        });
    }

    private static HclFile readOnce(SourceFile file, ParseOptions options) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        Range start = Range.at(file.name(), Pos.START);
        try {
            Body body = readBody(file, options, diagnostics, comments);
            comments.sort(Comparator.comparingInt(c -> c.range().startByte()));
            return new HclFile(file, body, comments, diagnostics);
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error("Internal error",
                "The JSON reader failed on this file (" + e + "); please report it.", start));
            return new HclFile(file, new Body(List.of(), start, start), List.of(), diagnostics);
        }
    }

    private static Body readBody(SourceFile file, ParseOptions options, List<Diagnostic> diagnostics,
                                 List<Comment> comments) {
        Range start = Range.at(file.name(), Pos.START);
        if (file.length() > options.maxFileBytes()) {
            diagnostics.add(Diagnostic.error("File too large", options.fileTooLargeMessage(file.length()), start));
            return new Body(List.of(), start, start);
        }
        byte[] bytes = checkedBytes(file, diagnostics);
        SourcePositions positions = new SourcePositions(file, bytes);
        if (startsWithBom(bytes)) {
            diagnostics.add(Diagnostic.error("Unexpected byte order mark",
                "The file starts with a UTF-8 byte order mark, which Terraform does not accept in JSON files;"
                    + " save the file without it.", positions.range(0, 3)));
        }
        JsonValue root = nulInHeader(bytes) >= 0 ? null : JsonTreeReader.read(bytes, positions, options, diagnostics);
        Range whole = new Range(file.name(), Pos.START, positions.end());
        Range endRange = Range.at(file.name(), whole.end());
        if (root == null) {
            reportNoValue(bytes, positions, diagnostics);
            return new Body(List.of(), whole, endRange);
        }
        StringExpressions strings = new StringExpressions(file.name(), bytes, options, diagnostics);
        BodyDecoder decoder = new BodyDecoder(new ExpressionDecoder(strings, diagnostics), diagnostics, comments);
        return decoder.decode(root, TerraformJsonSchema.forFile(file.name()), whole, endRange);
    }

    /** The file's bytes, with ill-formed UTF-8 reported and replaced (offsets unchanged). */
    private static byte[] checkedBytes(SourceFile file, List<Diagnostic> diagnostics) {
        byte[] bytes = file.bytes();
        int bad = Utf8Validator.firstInvalid(bytes);
        if (bad < 0) {
            return bytes;
        }
        byte[] clean = Utf8Validator.sanitized(bytes, bad);
        SourcePositions positions = new SourcePositions(file, clean);
        diagnostics.add(Diagnostic.error("Invalid UTF-8",
            String.format("The byte 0x%02X is not valid UTF-8; a JSON file must be UTF-8 encoded."
                + " Invalid bytes are read as \"?\".", bytes[bad] & 0xFF), positions.range(bad, bad + 1)));
        return clean;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** A NUL byte among the first four, which would make Jackson guess UTF-16 or UTF-32; or -1. */
    private static int nulInHeader(byte[] b) {
        for (int i = 0; i < Math.min(4, b.length); i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static void reportNoValue(byte[] bytes, SourcePositions positions, List<Diagnostic> diagnostics) {
        int nul = nulInHeader(bytes);
        if (nul >= 0) {
            diagnostics.add(Diagnostic.error("Invalid JSON",
                "The file contains a NUL byte; it may be UTF-16 or UTF-32 encoded, but a JSON file must be UTF-8.",
                positions.range(nul, nul + 1)));
        } else if (diagnostics.stream().noneMatch(Diagnostic::isError) || isBlank(bytes)) {
            diagnostics.add(Diagnostic.error("Empty JSON file",
                "The file holds no JSON value; a Terraform JSON file must contain a JSON object.",
                Range.at(positions.filename(), positions.end())));
        }
    }

    private static boolean isBlank(byte[] bytes) {
        int i = startsWithBom(bytes) ? 3 : 0;
        for (; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
