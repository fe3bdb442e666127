package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.eval.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The instances of count and for_each values whose types Terraform unifies (fixture
 * {@code testdata/terraform/evaluation/types}): templint expands them as Terraform does.
 */
class UnifiedInstancesTest {

    private static InstanceCount instances(ModuleTree tree, String name) {
        return tree.evaluation().root().instanceCount(tree.root().resource("coder_app", name));
    }

    private static List<String> keys(InstanceCount c) {
        return c.instances().stream().map(i -> i.eachKey() == null ? "#" : i.eachKey().asString()).toList();
    }

    @Test
    void conditionalsCoalesceAndConcatGiveTheirInstances() throws Exception {
        ModuleTree tree = Fixtures.load("evaluation/types");
        // var.enabled ? toset(var.names) : [] is a set of strings
        assertThat(keys(instances(tree, "chosen_set"))).containsExactly("a", "b");
        // the empty tuple converted to an empty set of strings
        assertThat(instances(tree, "chosen_empty").count()).isZero();
        assertThat(instances(tree, "empty_first").count()).isZero();
        // {a = 1} and {b = "x"} unify to map(string)
        InstanceCount maps = instances(tree, "maps");
        assertThat(keys(maps)).containsExactly("a");
        assertThat(maps.instances().get(0).eachValue()).isEqualTo(Value.string("1"));
        assertThat(keys(instances(tree, "coalesced"))).containsExactly("c");
        assertThat(keys(instances(tree, "concatenated"))).containsExactly("a", "b", "z");
        assertThat(instances(tree, "no_numbers").count()).isZero();
        // 2 and "1" unify to string; count converts "2" to 2
        assertThat(instances(tree, "counted").count()).isEqualTo(2);
    }

    @Test
    void rejectedValuesHaveUnknownInstances() throws Exception {
        ModuleTree tree = Fixtures.load("evaluation/types");
        assertThat(instances(tree, "tuple").isKnown()).isFalse();
        assertThat(instances(tree, "tuple").reason()).contains("is not valid");
        assertThat(instances(tree, "from_resource").isKnown()).isFalse();
    }
}
