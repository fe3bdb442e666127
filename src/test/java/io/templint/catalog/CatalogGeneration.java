package io.templint.catalog;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes the module catalog when the Maven profile {@code catalog} runs it
 * ({@code mvn -B -o -Pcatalog -Dregistry=/path/to/registry.git test}): skipped otherwise.
 */
class CatalogGeneration {

    @Test
    void generate() throws Exception {
        String registry = System.getProperty("registry", "");
        String output = System.getProperty("catalog.output", "");
        assumeTrue(!registry.isBlank() && !registry.startsWith("${") && !output.isBlank(),
            "give -Pcatalog -Dregistry=/path/to/registry.git");
        CatalogGenerator.main(new String[] {Path.of(registry).toString(), output});
    }
}
