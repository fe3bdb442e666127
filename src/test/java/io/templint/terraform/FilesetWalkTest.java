package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.templint.terraform.source.ForwardingTemplateFiles;
import io.templint.terraform.source.SourceLimits;
import io.templint.terraform.source.TemplateFiles;
import io.templint.terraform.source.TemplateSource;
import io.templint.terraform.source.TemplateSourceException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fileset} over a template: symbolic links are followed only inside the template and into
 * no folder twice, and a listing reads only the folders the pattern can match in.
 */
class FilesetWalkTest {

    @TempDir
    Path tmp;

    @Test
    void linksToTheFolderItselfOrItsParentAreEnteredOnce() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("tpl"));
        Files.writeString(root.resolve("main.tf"), "");
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/x.sh"), "");
        for (String link : List.of("a", "b", "c")) {
            Files.createSymbolicLink(root.resolve(link), Path.of("."));
            Files.createSymbolicLink(root.resolve("sub/" + link), Path.of(".."));
        }
        Path secret = Files.createDirectories(tmp.resolve("secret"));
        Files.writeString(secret.resolve("key.pem"), "");
        Files.createSymbolicLink(root.resolve("out"), secret);
        Files.createSymbolicLink(root.resolve("out.sh"), secret.resolve("key.pem"));
        Files.createSymbolicLink(root.resolve("in.sh"), root.resolve("sub/x.sh"));
        TemplateFiles files = TemplateSource.directory("tpl", root).open(SourceLimits.DEFAULTS);
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(10),
            () -> new TemplateFileAccess(files).glob("", "**", 1000));
        assertThat(found).containsExactly("in.sh", "main.tf", "sub/x.sh");
        assertThat(new TemplateFileAccess(files).glob("sub", "*", 1000)).containsExactly("x.sh");
    }

    @Test
    void aListingReadsOnlyTheFoldersThePatternCanMatchIn() throws Exception {
        Map<String, byte[]> upload = new TreeMap<>();
        upload.put("main.tf", new byte[0]);
        upload.put("modules/x/main.tf", new byte[0]);
        upload.put("modules/x/deep/y.tf", new byte[0]);
        for (int i = 0; i < 2000; i++) {
            upload.put("assets/" + i + "/f.txt", new byte[0]);
        }
        Counting files = new Counting(TemplateSource.files("up", upload).open(SourceLimits.DEFAULTS));
        TemplateFileAccess access = new TemplateFileAccess(files);

        assertThat(access.glob("", "*.tf", 1000)).containsExactly("main.tf");
        assertThat(files.listed).containsExactly("");

        files.listed.clear();
        assertThat(access.glob("", "modules/x/*.tf", 1000)).containsExactly("modules/x/main.tf");
        assertThat(files.listed).containsExactly("modules/x");

        files.listed.clear();
        assertThat(access.glob("modules", "*/*.tf", 1000)).containsExactly("x/main.tf");
        assertThat(files.listed).containsExactly("modules", "modules/x");

        files.listed.clear();
        assertThat(access.glob("modules", "**/*.tf", 1000)).containsExactly("x/deep/y.tf", "x/main.tf");
        assertThat(files.listed).containsExactly("modules", "modules/x", "modules/x/deep");
    }

    /** Records which folders are listed. */
    private static final class Counting extends ForwardingTemplateFiles {
        final List<String> listed = new ArrayList<>();

        Counting(TemplateFiles inner) {
            super(inner);
        }

        @Override
        public List<String> fileNames(String dir) throws TemplateSourceException {
            listed.add(dir);
            return super.fileNames(dir);
        }
    }
}
