package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.report.Formatters;
import io.templint.report.Json;
import io.templint.rules.RuleRegistry;
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
        assertThat(text.out()).containsPattern("(?m)^syntax +error +A file of the template is not valid HCL$");
        JsonNode rules = Json.mapper().readTree(cli.run("rules", "--format", "json").out()).get("rules");
        assertThat(rules.findValuesAsText("id"))
            .contains("syntax", "unused_suppression", "empty_template", "terraform", "template_source")
            .containsAll(RuleRegistry.builtin().rules().stream().map(r -> r.id()).toList());
        assertThat(rules.findValuesAsText("defaultSeverity")).containsOnly("error", "warning", "notice");
        assertThat(text.out()).containsPattern("(?m)^terraform_required_providers +warning +.* \\(off by default\\)$")
            .containsPattern("(?m)^terraform_typed_variables +warning +A variable has no type$");
        for (JsonNode r : rules) {
            assertThat(r.get("enabledByDefault").asBoolean()).as(r.get("id").asText())
                .isEqualTo(!r.get("id").asText().startsWith("terraform_required_"));
        }
        assertThat(cli.run("rules", "--format", "xml").status()).isEqualTo(ExitStatus.FAILURE);
    }

    @Test
    void theRulesComeFromTheServicesRegistry() {
        CliServices services = new CliServices(() -> RuleRegistry.of(List.of()), TemplintAnalyzer::new,
            Formatters.standard());
        String out = new CliHarness().services(services).run("rules").out();
        assertThat(out).contains("syntax").doesNotContain("terraform_");
        CliHarness.Run explain = new CliHarness().services(services).run("explain", "unused_suppression");
        assertThat(explain.out()).startsWith("unused_suppression (notice)\n\nA templint-ignore comment");
    }

    @Test
    void explainPrintsTheRuleOrFails() {
        CliHarness.Run run = cli.run("explain", "syntax");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).startsWith("syntax (error)\n\n").contains("More: https://");
        assertThat(cli.run("explain", "template_source").out())
            .startsWith("template_source (error)\n\nThe template cannot be read\n").contains("exits with status 2");
        assertThat(cli.run("explain", "terraform").out()).contains("a count or for_each with more instances");
        assertThat(cli.run("explain", "terraform_required_version").out())
            .startsWith("terraform_required_version (warning, off by default)\n\nOff by default: it runs only when "
                + ".templint.hcl says rule \"terraform_required_version\" { enabled = true }.\n\n");
        assertThat(cli.run("explain", "terraform_typed_variables").out())
            .startsWith("terraform_typed_variables (warning)\n\nA variable has no type\n");
        CliHarness.Run unknown = cli.run("explain", "nope");
        assertThat(unknown.status()).isEqualTo(ExitStatus.FAILURE);
        assertThat(unknown.err()).isEqualTo("templint: unknown rule 'nope' (see 'templint rules')\n");
        assertThat(cli.run("explain", "syntaks").err()).isEqualTo("templint: unknown rule 'syntaks' (did you mean syntax?)\n");
    }

    @Test
    void versionMatchesThePom() throws IOException {
        CliHarness.Run run = cli.run("--version");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).matches("templint 0\\.1\\.0\nmodule catalog \\d{4}-\\d{2}-\\d{2} \\(coder/registry [0-9a-f]{8}\\)\n");
        Matcher m = Pattern.compile("<artifactId>templint</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        assertThat(run.out()).startsWith("templint " + m.group(1) + "\n");
    }

    @Test
    void helpGoesToStandardOutput() {
        CliHarness.Run run = cli.run("check", "--help");
        assertThat(run.status()).isEqualTo(ExitStatus.OK);
        assertThat(run.out()).contains("Usage: templint check").contains("--fail-on").contains("text, compact, json");
        assertThat(run.err()).isEmpty();
        CliHarness.Run help = cli.run("help", "parse");
        assertThat(help.status()).isEqualTo(ExitStatus.OK);
        assertThat(help.out()).startsWith("Usage: templint parse");
        assertThat(cli.run("help").out()).contains("check", "parse", "rules", "explain", "help");
    }
}
