package io.templint.terraform.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.terraform.LoadOptions;
import io.templint.terraform.ModulePath;
import io.templint.terraform.ModuleTree;
import io.templint.terraform.TemplateLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A whole template, with installed modules, loaded from a tar.gz held in memory. */
class ArchiveTemplateTest {

    @Test
    void loadsAModuleTreeFromATarGz() throws Exception {
        Path root = Path.of("testdata/terraform/tree");
        TarBuilder tar = new TarBuilder().dir("./");
        for (Path p : files(root)) {
            String name = "./" + root.relativize(p).toString().replace('\\', '/');
            tar.entry(name, '0', Files.readAllBytes(p), "", "");
        }
        byte[] tgz = TarBuilder.gzip(tar.bytes());
        ModuleTree tree = TemplateLoader.load(TemplateSource.archive("tree.tgz", new ByteArrayInputStream(tgz)),
            LoadOptions.DEFAULTS);
        assertThat(tree.module(ModulePath.parse("module.remote.module.inner"))).isNotNull();
        assertThat(tree.evaluation().root().output("from_agent").asString()).isEqualTo("TOKEN");
        assertThat(tree.root().files()).extracting(f -> f.name()).containsExactly("main.tf");
    }

    @Test
    void anEmptyArchiveIsAnEmptyTemplate() throws Exception {
        ModuleTree tree = TemplateLoader.load(TemplateSource.archive("empty.tar",
            new ByteArrayInputStream(new byte[1024])), LoadOptions.DEFAULTS);
        assertThat(tree.root().files()).isEmpty();
        assertThat(tree.diagnostics()).isEmpty(); // the rules report empty templates
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
