package io.templint.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Templint;
import io.templint.terraform.ModuleCatalog;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The module catalog is read on first use, not at start-up, and without an ObjectMapper: checked in a JVM of its own. */
class CatalogLazyLoadTest {

    /** Prints whether the catalog is read after each step. */
    public static void main(String[] args) throws Exception {
        StringBuilder out = new StringBuilder();
        Templint templint = Templint.builder().moduleCatalog(true).build();
        out.append("built=").append(ModuleCatalog.isLoaded());
        templint.analyze(Path.of("testdata/coder/no-task")); // no registry module
        out.append(" local=").append(ModuleCatalog.isLoaded());
        templint.analyze(Path.of("testdata/catalog/exact-version"));
        out.append(" registry=").append(ModuleCatalog.isLoaded());
        System.out.print(out);
    }

    @Test
    void theCatalogIsReadOnlyWhenARegistryModuleIsNotOnDisk() throws Exception {
        Path log = Files.createTempFile("templint-classes", ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
            CatalogLazyLoadTest.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD).directory(new File(".")).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("built=false local=false registry=true");
        // read with Jackson's streaming parser alone: no ObjectMapper, whose set-up costs a cold run ~50 ms
        String classes = Files.readString(log);
        Files.deleteIfExists(log);
        assertThat(classes).contains("io.templint.terraform.ModuleCatalog ")
            .doesNotContain("jackson.databind.ObjectMapper ");
    }
}
