package io.templint.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Attribute;
import io.templint.hcl.Block;
import io.templint.hcl.Body;
import io.templint.hcl.Diagnostic;
import io.templint.hcl.Hcl;
import io.templint.hcl.HclFile;
import io.templint.hcl.SourceFile;
import io.templint.testkit.SharedCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Evaluates every attribute expression of the shared corpus (real Terraform and Coder templates)
 * with a scope where every reference is unknown: evaluation must never fail internally, whatever
 * the expression.
 */
class CorpusEvalTest {

    /** Every reference resolves to an unknown value of unknown type (consuming all steps). */
    private static final Scope ALL_UNKNOWN = (root, rest, where) ->
        Scope.Resolution.of(Value.unknown("reference " + root), rest.size());

    /** Every reference resolves to a known, empty object: traversals fail, exercising error paths. */
    private static final Scope ALL_EMPTY = (root, rest, where) -> Scope.Resolution.of(Value.EMPTY_OBJECT, 0);

    @Test
    void evaluatingTheCorpusNeverFailsInternally() throws IOException {
        Path corpus = SharedCorpus.requireCorpus();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".tf") && Files.isRegularFile(p)).sorted().toList();
        }
        Evaluator unknown = new Evaluator(ALL_UNKNOWN);
        Evaluator empty = new Evaluator(ALL_EMPTY);
        int expressions = 0;
        List<String> internal = new ArrayList<>();
        for (Path f : files) {
            HclFile file = Hcl.parse(new SourceFile(f.toString(), Files.readAllBytes(f)));
            for (Attribute a : attributes(file.body())) {
                expressions++;
                for (Evaluator ev : List.of(unknown, empty)) {
                    for (Diagnostic d : ev.evaluate(a.expression()).diagnostics()) {
                        if (d.summary().equals("Internal error") || d.detail().contains("internal error")) {
                            internal.add(d.toString());
                        }
                    }
                }
            }
        }
        assertThat(expressions).isGreaterThan(1000);
        assertThat(internal).isEmpty();
    }

    private static List<Attribute> attributes(Body root) {
        List<Attribute> out = new ArrayList<>();
        Deque<Body> bodies = new ArrayDeque<>();
        bodies.push(root);
        while (!bodies.isEmpty()) {
            Body b = bodies.pop();
            out.addAll(b.attributes());
            for (Block blk : b.blocks()) {
                bodies.push(blk.body());
            }
        }
        return out;
    }
}
