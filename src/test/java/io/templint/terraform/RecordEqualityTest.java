package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.eval.Marks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out (to keep their method-handle set-up off the
 * start of a run): equal exactly when every component is equal, with the hash a record's own gives
 * (each component's hash folded as {@code h * 31 + hash}, from 0, in declaration order).
 */
class RecordEqualityTest {

    private static int folded(Object... components) {
        int h = 0;
        for (Object c : components) {
            h = h * 31 + Objects.hashCode(c);
        }
        return h;
    }

    @Test
    void modulePath() {
        ModulePath a = ModulePath.parse("module.a.module.b");
        assertThat(a).isEqualTo(new ModulePath(List.of("a", "b"))).isNotEqualTo(ModulePath.parse("module.a"))
            .isNotEqualTo(ModulePath.ROOT).isNotEqualTo(List.of("a", "b")).isNotEqualTo(null);
        assertThat(a.hashCode()).isEqualTo(folded(List.of("a", "b")));
        assertThat(ModulePath.ROOT.hashCode()).isEqualTo(folded(List.of()));
        assertThat(ModulePath.ROOT).isEqualTo(ModulePath.parse(""));
    }

    @Test
    void marks() {
        Marks m = new Marks(Set.of("var.b", "var.a"), Set.of("var.a", "var.b", "local.x"));
        assertThat(m).isEqualTo(new Marks(Set.of("var.a", "var.b"), Set.of("local.x", "var.b", "var.a")))
            .isNotEqualTo(new Marks(Set.of("var.a"), m.origins()))
            .isNotEqualTo(new Marks(m.sensitiveSources(), Set.of("var.a", "var.b")))
            .isNotEqualTo(Marks.NONE).isNotEqualTo(null).isNotEqualTo("marks");
        assertThat(m.hashCode()).isEqualTo(folded(m.sensitiveSources(), m.origins()));
        assertThat(Marks.NONE.hashCode()).isEqualTo(folded(Set.of(), Set.of()));
        assertThat(Marks.sensitive("var.t")).isEqualTo(Marks.sensitive("var.t")).isNotEqualTo(Marks.origin("var.t"));
    }

    @Test
    void resource() throws Exception {
        List<Resource> first = Fixtures.load("basic").resources();
        List<Resource> second = Fixtures.load("basic").resources();
        assertThat(first).hasSizeGreaterThan(1).hasSameSizeAs(second);
        for (int i = 0; i < first.size(); i++) {
            Resource r = first.get(i);
            assertThat(r).isEqualTo(second.get(i)).isNotSameAs(second.get(i));
            assertThat(r.hashCode()).isEqualTo(second.get(i).hashCode()).isEqualTo(folded(r.module(), r.mode(), r.type(),
                r.name(), r.count(), r.forEach(), r.provider(), r.dependsOn(), r.block()));
            for (int j = 0; j < first.size(); j++) {
                assertThat(r.equals(second.get(j))).as("%s equals %s", r.address(), second.get(j).address())
                    .isEqualTo(i == j);
            }
            // each component on its own makes a difference
            List<Resource> variants = new ArrayList<>(List.of(
                new Resource(ModulePath.parse("module.x"), r.mode(), r.type(), r.name(), r.count(), r.forEach(),
                    r.provider(), r.dependsOn(), r.block()),
                new Resource(r.module(), r.mode() == Resource.Mode.DATA ? Resource.Mode.MANAGED : Resource.Mode.DATA,
                    r.type(), r.name(), r.count(), r.forEach(), r.provider(), r.dependsOn(), r.block()),
                new Resource(r.module(), r.mode(), r.type() + "x", r.name(), r.count(), r.forEach(), r.provider(),
                    r.dependsOn(), r.block()),
                new Resource(r.module(), r.mode(), r.type(), r.name() + "x", r.count(), r.forEach(), r.provider(),
                    r.dependsOn(), r.block()),
                new Resource(r.module(), r.mode(), r.type(), r.name(), r.count(), r.forEach(), r.provider(),
                    List.of(), first.get((i + 1) % first.size()).block())));
            for (Resource v : variants) {
                assertThat(r).isNotEqualTo(v);
            }
            assertThat(r).isEqualTo(new Resource(r.module(), r.mode(), r.type(), r.name(), r.count(), r.forEach(),
                r.provider(), new ArrayList<>(r.dependsOn()), r.block()));
            assertThat(r).isNotEqualTo(null).isNotEqualTo(r.block());
        }
    }
}
