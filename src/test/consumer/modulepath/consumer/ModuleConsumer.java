package consumer;

import io.templint.api.Report;
import io.templint.api.ReportJson;
import io.templint.api.Templint;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** templint as a named module's dependency, on the module path. */
public final class ModuleConsumer {

    public static void main(String[] args) throws Exception {
        Map<String, byte[]> files = Map.of("main.tf", ("resource \"coder_ai_task\" \"t\" {}\n"
            + "data \"coder_parameter\" \"p\" {\n  name = \"AI Prompt\"\n}\n").getBytes(StandardCharsets.UTF_8),
            "x.tf.json", "{\"locals\": {\"a\": 1}}".getBytes(StandardCharsets.UTF_8));
        Report report = Templint.create().analyze(files, "upload");
        System.out.println("capable=" + report.templates().get(0).task().capable());
        System.out.println("json=" + ReportJson.toJson(report).contains("\"schemaVersion\""));
    }
}
