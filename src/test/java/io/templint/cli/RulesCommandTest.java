package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.api.Severity;
import io.templint.report.Formatters;
import io.templint.report.Json;
import io.templint.report.RuleCatalog;
import io.templint.report.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    private final CliHarness cli = new CliHarness();

    @Test
    void listsEveryRuleAsTextAndJson() throws IOException {
        CliHarness.Run text = cli.run("rules");
        assertThat(text.status()).isEqualTo(ExitStatus.OK);
        assertThat(text.out()).contains("syntax          error    The file is not valid HCL native or JSON syntax.\n");
        JsonNode rules = Json.mapper().readTree(cli.run("rules", "--format", "json").out()).get("rules");
        assertThat(rules.findValuesAsText("id")).containsExactly("syntax", "empty-template");
        assertThat(rules.get(0).get("defaultSeverity").asText()).isEqualTo("error");
        assertThat(cli.run("rules", "--format", "xml").status()).isEqualTo(ExitStatus.FAILURE);
    }

    @Test
    void theCatalogComesFromTheServices() {
        RuleInfo mine = RuleInfo.of("agent-name", Severity.ERROR, "Agent names are DNS labels.", null);
        CliServices services = new CliServices(new SyntaxAnalyzer(), () -> RuleCatalog.withBuiltins(List.of(mine)),
            Formatters.standard());
        assertThat(new CliHarness().services(services).run("rules").out()).contains("agent-name      error");
        CliHarness.Run explain = new CliHarness().services(services).run("explain", "agent-name");
        assertThat(explain.out()).startsWith("agent-name (error)\n\nAgent names are DNS labels.\n");
    }

    @Test
    void explainPrintsTheRuleOrFails() {
        CliHarness.Run run = cli.run("explain", "syntax");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).startsWith("syntax (error)\n\n").contains("More: https://");
        CliHarness.Run unknown = cli.run("explain", "nope");
        assertThat(unknown.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(unknown.err()).isEqualTo("templint: unknown rule 'nope' (see 'templint rules')\n");
    }

    @Test
    void versionMatchesThePom() throws IOException {
        CliHarness.Run run = cli.run("--version");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).isEqualTo("templint 0.1.0\n");
        Matcher m = Pattern.compile("<artifactId>templint</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        assertThat(run.out()).isEqualTo("templint " + m.group(1) + "\n");
    }

    @Test
    void helpGoesToStandardOutput() {
        CliHarness.Run run = cli.run("check", "--help");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("Usage: templint check").contains("--fail-on").contains("text, compact, json");
        assertThat(run.err()).isEmpty();
    }
}
