package io.templint.hcl.conformance;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A folder of the shared conformance corpus with reference verdicts, and how to list its cases.
 *
 * <p>Most corpora have an oracle file of JSON lines, one per input, whose {@code "file"} is the
 * input's path relative to the corpus folder, whichever folder the oracle itself is in:
 * {@code ./comments/hash_comment.hcl} in {@code hcl/specsuite}, {@code config/000.hcl} in
 * {@code hcl/gotest}, {@code decoded/hclwrite/...} in {@code hcl/fuzz}, a bare name in
 * {@code hcl/edge-cases}, {@code cases/attributes/...} in {@code hcl/tree-sitter} (whose oracle is in
 * {@code cases/}), {@code ./internal/...} in the terraform corpora, {@code ./terraform-aws-vpc/...} in
 * {@code bench/aws-modules}. The oracles cover native syntax only ({@code .tf.json} files have none).
 * The expressions of {@code hcl/gotest} have no oracle: see {@link #GOTEST_EXPRESSIONS}.
 */
public record Corpus(String name, String folder, String oracle, ConformanceCase.Mode mode) {

    /** Reads the oracles: exact decimals, and deeper nesting than Jackson's default allows. */
    static final ObjectMapper JSON = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .nodeFactory(new JsonNodeFactory(true))
        .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(100_000).maxNumberLength(100_000).build());
    }

    /**
     * The whole-file expressions of HCL's {@code TestExpressionParseAndValue}. The reference data gives
     * each one's diagnostic count after parsing <em>and evaluating</em> it ({@code cases.json}); there
     * is no oracle line for them. Zero diagnostics means the reference parser accepts the input. Of
     * the inputs with diagnostics, those listed in {@link #GOTEST_PARSE_ERRORS} fail in the parser
     * (HCL's test source says so next to each); the others parse and fail only in evaluation (type
     * errors, unknown variables, wrong function arguments), so the reference parser accepts them. For
 * the parse errors the count is checked too ({@link Metric#ERROR_COUNT}).
     */
    public static final Corpus GOTEST_EXPRESSIONS =
        new Corpus("hcl/gotest-expression", "hcl/gotest", "cases.json", ConformanceCase.Mode.EXPRESSION);

    /** Inputs of {@link #GOTEST_EXPRESSIONS} whose diagnostic comes from the parser. */
    static final Set<String> GOTEST_PARSE_ERRORS = Set.of(
        "(1",                                                           // unbalanced parentheses
        "true true",                                                    // extra characters after expression
        "\"unclosed",                                                   // unterminated template string
        "[for k, v in {hello: \"world\"}: k => v]",                     // key expression in a tuple for
        "{for v in {hello: \"world\"}: v}",                             // no key expression in an object for
        "[for v in {hello: \"world\"}: v...]",                          // grouping in a tuple for
        "[[[{name:\"foo\"}]], [[{name:\"bar\"}], [{name:\"baz\"}]]].*.0.0.name", // chained legacy index
        "[[\"hello\"], [\"goodbye\"]].*.*",                            // nested attribute-only splat
        "[[\"hello\"]].0.0");                                           // chained legacy index

    /** Every corpus with reference verdicts, in report order. */
    public static final List<Corpus> ALL = List.of(
        new Corpus("hcl/specsuite", "hcl/specsuite", "_oracle/parse_ast.jsonl", ConformanceCase.Mode.CONFIG),
        new Corpus("hcl/gotest", "hcl/gotest", "_oracle_config.jsonl", ConformanceCase.Mode.CONFIG),
        GOTEST_EXPRESSIONS,
        new Corpus("hcl/fuzz", "hcl/fuzz", "_oracle/parse_ast.jsonl", ConformanceCase.Mode.CONFIG),
        new Corpus("hcl/edge-cases", "hcl/edge-cases", "oracle.jsonl", ConformanceCase.Mode.CONFIG),
        new Corpus("hcl/tree-sitter", "hcl/tree-sitter", "cases/_oracle_parse_ast.jsonl",
            ConformanceCase.Mode.CONFIG),
        new Corpus("terraform/configs", "terraform/configs", "_oracle/parse_ast.jsonl", ConformanceCase.Mode.CONFIG),
        new Corpus("terraform/all-tf", "terraform/all-tf", "_oracle/parse_ast.jsonl", ConformanceCase.Mode.CONFIG),
        new Corpus("bench/aws-modules", "bench/aws-modules", "_oracle/parse_ast.jsonl", ConformanceCase.Mode.CONFIG));

    /** The cases of this corpus under {@code corpusRoot} (the shared {@code corpus/} folder). */
    public List<ConformanceCase> cases(Path corpusRoot) {
        Path dir = corpusRoot.resolve(folder);
        try {
            return mode == ConformanceCase.Mode.EXPRESSION ? expressionCases(dir) : oracleCases(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference verdicts of " + name, e);
        }
    }

    private List<ConformanceCase> oracleCases(Path dir) throws IOException {
        List<ConformanceCase> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(dir.resolve(oracle), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode entry = JSON.readTree(line);
                String file = entry.path("file").asText();
                if (file.startsWith("./")) {
                    file = file.substring(2);
                }
                out.add(new ConformanceCase(name, file, dir.resolve(file), mode, Reference.fromOracle(entry)));
            }
        }
        return out;
    }

    private List<ConformanceCase> expressionCases(Path dir) throws IOException {
        JsonNode tests = JSON.readTree(dir.resolve(oracle).toFile()).path("TestExpressionParseAndValue");
        List<ConformanceCase> out = new ArrayList<>();
        Set<String> parseErrorsSeen = new java.util.HashSet<>();
        for (int i = 0; i < tests.size(); i++) {
            JsonNode t = tests.get(i);
            String file = String.format("expression/%03d.hcle", i);
            String input = t.path("input").asText();
            boolean errors = t.path("diagCount").asInt() > 0 && GOTEST_PARSE_ERRORS.contains(input);
            if (errors) {
                parseErrorsSeen.add(input);
            }
            // a parse error's count is the reference's diagnostic count (its value is never evaluated)
            Reference ref = errors ? Reference.counted(t.path("diagCount").asInt()) : Reference.verdictOnly(false);
            out.add(new ConformanceCase(name, file, dir.resolve(file), mode, ref));
        }
        if (!parseErrorsSeen.equals(GOTEST_PARSE_ERRORS)) {
            throw new IllegalStateException("GOTEST_PARSE_ERRORS names inputs that " + oracle
                + " does not have with diagnostics: " + new java.util.TreeSet<>(GOTEST_PARSE_ERRORS).stream()
                .filter(s -> !parseErrorsSeen.contains(s)).toList());
        }
        return out;
    }
}
