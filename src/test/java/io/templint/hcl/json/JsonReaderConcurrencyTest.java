package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.HclFile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Reading files on many threads at once gives the same trees as reading them one by one. */
class JsonReaderConcurrencyTest {

    private static final List<String> FIXTURES = List.of("valid/all-blocks.tf.json", "valid/coder-task.tf.json",
        "valid/repeated-and-comments.tf.json", "invalid/unclosed.tf.json", "invalid/invalid-utf8.tf.json");

    private static String snapshot(HclFile f) {
        return TreeDump.render(f.body()) + f.diagnostics() + f.comments();
    }

    @Test
    void parallelReadsAgree() throws Exception {
        List<String> expected = FIXTURES.stream().map(n -> snapshot(JsonFixtures.read(n))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                runs.add(pool.submit(() -> FIXTURES.stream().map(n -> snapshot(JsonFixtures.read(n))).toList()));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
