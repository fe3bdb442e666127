package io.templint.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TraverserTest {

    private static final Range R = Range.at("main.tf", Pos.START);

    @Test
    void selectedNameIsTheRootOrAttributeNameOrAStringKey() {
        assertThat(new Traverser.Root("var", R).selectedName()).isEqualTo("var");
        assertThat(new Traverser.Attr("name", R).selectedName()).isEqualTo("name");
        assertThat(new Traverser.Index("key", R).selectedName()).isEqualTo("key");
        assertThat(new Traverser.Index(BigDecimal.ONE, R).selectedName()).isNull();
        assertThat(new Traverser.Index(Boolean.TRUE, R).selectedName()).isNull();
    }
}
