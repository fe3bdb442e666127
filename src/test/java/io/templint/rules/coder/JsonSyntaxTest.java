package io.templint.rules.coder;

import static org.assertj.core.api.Assertions.assertThat;

import io.templint.api.Finding;
import io.templint.api.Templint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Coder rules read templates written in JSON syntax (which cannot hold expect: markers). */
class JsonSyntaxTest {

    private static final String TEMPLATE = """
        {
          "resource": {
            "coder_agent": {
              "dev_box": { "os": "linux", "arch": "amd64" }
            },
            "coder_app": {
              "code": {
                "agent_id": "${coder_agent.dev_box.id}",
                "slug": "Code_Server",
                "url": "http://localhost:8080"
              },
              "ok": {
                "agent_id": "${coder_agent.dev_box.id}",
                "slug": "code-server",
                "url": "http://localhost:8081"
              }
            }
          }
        }
        """;

    @Test
    void agentNamesAndSlugsAreCheckedAndLocated() throws Exception {
        List<Finding> findings = Templint.create()
            .analyze(Map.of("main.tf.json", TEMPLATE.getBytes(StandardCharsets.UTF_8)), "tpl")
            .templates().get(0).diagnostics();
        assertThat(findings).extracting(Finding::rule, Finding::line)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("coder_agent_name_invalid", 4),
                org.assertj.core.groups.Tuple.tuple("coder_app_slug_invalid", 9));
        assertThat(findings).extracting(Finding::message)
            .anySatisfy(m -> assertThat(m).contains("\"dev_box\"").contains("\"dev-box\""))
            .anySatisfy(m -> assertThat(m).contains("\"Code_Server\"").contains("\"code-server\""));
    }
}
