package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Report paths of files inside the template and above it (local modules read from the repository). */
class DisplayPathTest {

    @Test
    void filesInsideTheTemplateAreJoined() {
        assertThat(DisplayPath.join("examples/t", "main.tf")).isEqualTo("examples/t/main.tf");
        assertThat(DisplayPath.join("examples/t/", "m/main.tf")).isEqualTo("examples/t/m/main.tf");
        assertThat(DisplayPath.join(".", "main.tf")).isEqualTo("main.tf");
    }

    @Test
    void filesAboveTheTemplateClimbOutOfItsPath() {
        assertThat(DisplayPath.join("repo/examples/t", "../../modules/x/main.tf")).isEqualTo("repo/modules/x/main.tf");
        assertThat(DisplayPath.join("/abs/repo/examples/t", "../../m.tf")).isEqualTo("/abs/repo/m.tf");
        assertThat(DisplayPath.join("t", "../x/main.tf")).isEqualTo("x/main.tf");
        assertThat(DisplayPath.join(".", "../x/main.tf")).isEqualTo("../x/main.tf");
        assertThat(DisplayPath.join("t", "../../x.tf")).isEqualTo("../x.tf");
        assertThat(DisplayPath.join("../t", "../x.tf")).isEqualTo("../x.tf");
        assertThat(DisplayPath.join("/t", "../x.tf")).isEqualTo("/x.tf");
    }
}
