package io.templint.hcl.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.Block;
import io.templint.hcl.BodyItem;
import io.templint.hcl.HclFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A JSON fixture and its hand-written native-syntax twin read to the same blocks, labels and
 * attribute names in the same order: the schema table decides blocks as Terraform does.
 */
class JsonMatchesNativeTest {

    @ParameterizedTest
    @ValueSource(strings = {"all-blocks", "coder-task"})
    void jsonAndNativeTwinHaveTheSameStructure(String name) {
        HclFile json = JsonFixtures.read("valid/" + name + ".tf.json");
        HclFile nativeTwin = JsonFixtures.read("valid/" + name + ".tf");

        assertThat(nativeTwin.diagnostics()).isEmpty();
        assertThat(TreeDump.structure(json.body())).isEqualTo(TreeDump.structure(nativeTwin.body()));
        assertThat(blockTypeLines(json)).isEqualTo(blockTypeLines(nativeTwin));
    }

    /** For each top-level block, in order: its type, number of labels and number of nested blocks. */
    private static List<String> blockTypeLines(HclFile file) {
        List<String> out = new ArrayList<>();
        for (BodyItem item : file.body().items()) {
            if (item instanceof Block b) {
                out.add(b.type() + "/" + b.labels().size() + "/" + b.body().blocks().size());
            }
        }
        return out;
    }
}
