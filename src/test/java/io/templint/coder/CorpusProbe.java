package io.templint.coder;

import io.templint.api.ReportJson;
import io.templint.api.Templint;
import org.junit.jupiter.api.Test;

class CorpusProbe {
    @Test
    void probe() throws Exception {
        String t = System.getProperty("probe.template");
        String[] mods = System.getProperty("probe.modules", "").split(";");
        java.util.List<CoderCorpus.Installed> list = new java.util.ArrayList<>();
        for (String m : mods) {
            if (!m.isBlank()) {
                String[] p = m.split(",");
                list.add(new CoderCorpus.Installed(p[0], p[1], p[2], p[3]));
            }
        }
        var files = CoderCorpus.template(t, list.toArray(new CoderCorpus.Installed[0]));
        System.out.println(ReportJson.toJson(Templint.builder().coderVersion(System.getProperty("probe.v", "2.27"))
            .build().analyze(files, t)));
    }
}
