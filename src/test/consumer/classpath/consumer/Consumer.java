package consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.templint.api.Report;
import io.templint.api.ReportJson;
import io.templint.api.Templint;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.RuntimeMetaData;

/**
 * An application with its own ANTLR and Jackson (whatever versions the test puts on the class
 * path) that embeds templint: it must get the right answers and print nothing but its own lines.
 */
public final class Consumer {

    public static void main(String[] args) throws Exception {
        // the application uses its own libraries before and after templint
        ObjectMapper mine = new ObjectMapper();
        String appJson = mine.writeValueAsString(Map.of("app", RuntimeMetaData.VERSION));
        CommonToken token = new CommonToken(CharStreams.fromString("x").LA(1));

        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("main.tf", String.join("\n",
            "data \"coder_parameter\" \"prompt\" {",
            "  name = \"AI Prompt\"",
            "  type = \"string\"",
            "}",
            "resource \"coder_agent\" \"main\" {",
            "  os   = \"linux\"",
            "  arch = \"amd64\"",
            "}",
            "resource \"coder_app\" \"claude\" {",
            "  agent_id = coder_agent.main.id",
            "  slug     = \"claude\"",
            "  command  = \"claude\"",
            "}",
            "resource \"coder_ai_task\" \"task\" {",
            "  app_id = coder_app.claude.id",
            "}",
            "").getBytes(StandardCharsets.UTF_8));
        files.put("vars.tf.json", ("{\"variable\": {\"token\": {\"type\": \"string\", \"sensitive\": true}},"
            + " \"output\": {\"who\": {\"value\": \"${var.token}\", \"sensitive\": true}}}").getBytes(StandardCharsets.UTF_8));

        Report report = Templint.builder().coderVersion("2.27").build().analyze(files, "upload");
        var t = report.templates().get(0);
        System.out.println("capable=" + t.task().capable());
        System.out.println("sidebar=" + (t.task().sidebarApp() == null ? null : t.task().sidebarApp().address()));
        System.out.println("sensitive=" + t.sensitiveVariables().size());
        String json = ReportJson.toJson(report);
        Report back = ReportJson.fromJson(json);
        System.out.println("roundtrip=" + back.equals(report));
        System.out.println("json=" + mine.readTree(json).path("templates").path(0).path("task").path("capable").asText());
        System.out.println("app=" + (appJson.contains("app") && token.getType() == 'x'));
    }
}
