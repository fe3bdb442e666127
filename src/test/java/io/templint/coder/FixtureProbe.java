package io.templint.coder;

import io.templint.api.Templint;
import io.templint.api.TemplateReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FixtureProbe {
    @Test
    void probe() throws Exception {
        Templint t = Templint.builder().coderVersion(System.getProperty("probe.v", "2.27")).build();
        try (var s = Files.list(Path.of("testdata/coder"))) {
            for (Path p : s.sorted().toList()) {
                TemplateReport r = t.analyze(p).templates().get(0);
                System.out.println("=== " + p.getFileName() + " capable=" + r.task().capable() + " :: " + r.task().summary());
                System.out.println("  sidebar=" + r.task().sidebarApp());
                r.task().compatibility().forEach(c -> System.out.println("  " + c));
                r.agents().forEach(a -> { System.out.println("  " + a.address());
                    a.env().forEach(e -> System.out.println("    " + e)); });
                r.sensitiveVariables().forEach(v -> System.out.println("  " + v.address() + " " + v.usedBy()));
                r.diagnostics().forEach(d -> System.out.println("  D " + d.rule() + " " + d.message() + " " + d.file() + ":" + d.line()));
            }
        }
    }
}
