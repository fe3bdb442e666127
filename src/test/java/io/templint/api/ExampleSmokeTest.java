package io.templint.api;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ExampleSmokeTest {
    @Test
    void prints() throws Exception {
        System.out.println(ReportJson.toJson(Templint.create().analyze(Path.of("examples/claude-task"))));
    }
}
