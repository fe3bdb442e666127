package io.templint.eval.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The standard function table, which makes each family of functions on first lookup: the names it
 * declares are exactly the functions the families make, and every lookup finds the function of
 * that name.
 */
class FunctionTableTest {

    /** Every family's functions, made directly. */
    private static Map<String, Function> made() {
        Map<String, Function> m = new TreeMap<>();
        for (List<Function> family : List.of(StringFunctions.all(), CollectionFunctions.all(), EncodingFunctions.all(),
                NumericFunctions.all(), HashFunctions.all(), TimeFunctions.all(), NetworkFunctions.all(),
                TypeFunctions.all(), FileFunctions.all())) {
            for (Function f : family) {
                assertThat(m.put(f.name(), f)).as("function %s made twice", f.name()).isNull();
            }
        }
        return m;
    }

    @Test
    void namesAreExactlyTheFunctionsMadeSorted() {
        Map<String, Function> made = made();
        assertThat(Functions.standard().names()).containsExactlyElementsOf(made.keySet());
        assertThat(made).hasSize(116);
        List<String> sorted = new ArrayList<>(Functions.standard().names());
        sorted.sort(null);
        assertThat(Functions.standard().names()).containsExactlyElementsOf(sorted);
    }

    @Test
    void everyNameFindsItsFunctionWithItsSignature() {
        Map<String, Function> made = made();
        for (String name : Functions.standard().names()) {
            Function f = Functions.standard().lookup(name);
            Function expected = made.get(name);
            assertThat(f).as(name).isNotNull();
            assertThat(f.name()).isEqualTo(name);
            assertThat(f.params()).as(name).isEqualTo(expected.params());
            assertThat(f.varParam()).as(name).isEqualTo(expected.varParam());
            assertThat(f.returns()).as(name).isEqualTo(expected.returns());
            assertThat(Functions.standard().lookup("core::" + name)).as("core::" + name).isSameAs(f);
            assertThat(Functions.standard().lookup(name)).as("the same function again").isSameAs(f);
        }
    }

    @Test
    void unknownNamesFindNothing() {
        assertThat(Functions.standard().lookup("nosuchfunction")).isNull();
        assertThat(Functions.standard().lookup("core::nosuchfunction")).isNull();
        assertThat(Functions.standard().lookup("provider::aws::arn_parse")).isNull();
        assertThat(Functions.standard().lookup("core::core::lower")).isNull();
        assertThat(Functions.standard().lookup("try")).isNull();
        assertThat(Functions.standard().lookup("")).isNull();
    }

    @Test
    void withAddsOrReplacesOneFunctionAndKeepsTheRest() {
        Function mine = new Function("mine", List.of(), null, (a, c) -> null);
        Function lower = new Function("lower", List.of(), null, (a, c) -> null);
        Functions t = Functions.standard().with(mine).with(lower);
        List<String> expected = new ArrayList<>(Functions.standard().names());
        expected.add("mine");
        expected.sort(null);
        assertThat(t.names()).containsExactlyElementsOf(expected);
        assertThat(t.lookup("mine")).isSameAs(mine);
        assertThat(t.lookup("core::lower")).isSameAs(lower);
        assertThat(t.lookup("upper")).isSameAs(Functions.standard().lookup("upper"));
        assertThat(Functions.standard().lookup("mine")).isNull();
        assertThat(Functions.standard().lookup("lower")).isNotSameAs(lower);
    }
}
