package io.templint.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.hcl.SourceFile;
import io.templint.terraform.source.TemplateSource;
import io.templint.testkit.Crashes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Bad input is normal input: mangled versions of the fixtures (cut short, bytes dropped or
 * swapped, lines duplicated) load, evaluate and give a reference graph without an exception, an
 * internal error or a diagnostic outside its file.
 */
class LoaderRobustnessTest {

    @Test
    void mangledTemplatesNeverThrow() throws Exception {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(Path.of("testdata/terraform"))) {
            sources = s.filter(p -> TemplateLoader.isConfigFile(p.toString())).sorted().toList();
        }
        Random random = new Random(42);
        int runs = 0;
        for (Path p : sources) {
            byte[] original = Files.readAllBytes(p);
            String name = p.getFileName().toString();
            for (int i = 0; i < 12; i++) {
                byte[] mangled = mangle(original, random);
                Map<String, byte[]> files = new HashMap<>();
                files.put(name, mangled);
                files.put("other.tf", mangle(original, random));
                ModuleTree tree = TemplateLoader.load(TemplateSource.files("fuzz", files), LoadOptions.DEFAULTS);
                exercise(tree, files);
                runs++;
            }
        }
        assertThat(runs).isGreaterThan(100);
    }

    private static void exercise(ModuleTree tree, Map<String, byte[]> files) {
        tree.references().all();
        TemplateEvaluation ev = tree.evaluation();
        for (Module m : tree.modules().values()) {
            ModuleEvaluation me = ev.module(m.path());
            m.variables().keySet().forEach(me::variable);
            m.locals().keySet().forEach(me::local);
            m.outputs().keySet().forEach(me::output);
            for (Resource r : m.resources().values()) {
                me.instanceCount(r);
                r.body().attributes().forEach(a -> me.attributeValue(r, a.name()));
            }
        }
        // no internal error (a crash caught by templint) and every range inside its file
        Map<String, SourceFile> sources = new HashMap<>();
        files.forEach((name, bytes) -> sources.put(name, new SourceFile(name, bytes)));
        Crashes.check(tree.diagnostics(), sources);
        Crashes.check(ev.diagnostics(), sources);
    }

    private static byte[] mangle(byte[] in, Random random) {
        if (in.length == 0) {
            return in;
        }
        StringBuilder b = new StringBuilder(new String(in, java.nio.charset.StandardCharsets.ISO_8859_1));
        switch (random.nextInt(4)) {
            case 0 -> b.setLength(random.nextInt(b.length()));
            case 1 -> {
                for (int k = 0; k < 5 && b.length() > 1; k++) {
                    b.deleteCharAt(random.nextInt(b.length()));
                }
            }
            case 2 -> {
                for (int k = 0; k < 5; k++) {
                    int i = random.nextInt(b.length());
                    b.setCharAt(i, "{}[]()\"=.,$%\n#*".charAt(random.nextInt(15)));
                }
            }
            default -> {
                int from = random.nextInt(b.length());
                int to = Math.min(b.length(), from + random.nextInt(80));
                b.insert(random.nextInt(b.length()), b.substring(from, to));
            }
        }
        return b.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
