package io.templint.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The version in reports and {@code --version} is the pom's, written into the jar by the build. */
class VersionTest {

    @Test
    void theReportedVersionIsThePomVersion() throws Exception {
        String pom = Files.readString(Path.of(System.getProperty("templint.basedir", "."), "pom.xml"));
        Matcher m = Pattern.compile("<artifactId>templint</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("the project's version in pom.xml").isTrue();
        assertThat(Report.Tool.TEMPLINT.version()).isEqualTo(m.group(1));
    }
}
