package io.templint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.templint.report.Json;
import io.templint.report.SchemaAssertions;
import io.templint.report.TerminalText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Trojan Source template (CVE-2021-42574: bidirectional controls that reorder what a reviewer
 * reads) and terminal escapes, in a file name and in strings and names: no format and no message
 * on standard error shows them raw. The human-facing formats show {@code \\uXXXX}; JSON and SARIF
 * keep the text exactly, as JSON escapes.
 */
class TrojanSourceTest {

    static final String RLO = "\u202e";
    static final String LRI = "\u2066";
    static final String PDI = "\u2069";
    static final String RLE = "\u202b";
    /** A file name that reads, on a terminal, as if it were another. */
    static final String FILE = "ma" + RLO + "in" + LRI + ".tf";
    static final String SHOWN_FILE = "t/ma\\u202ein\\u2066.tf";
    static final String SOURCE = """
        resource "coder_agent" "main" {
          arch = "amd64"
          os   = "linux"
          env = {
            ACCESS = "admin%s %s user\u001b[31m"
          }
        }
        locals {
          a = "${"x%s"}"
        }
        output "a" {
          value = local.a
        }
        """.formatted(LRI, PDI, RLE);

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();

    @BeforeEach
    void template() throws IOException {
        Files.createDirectories(tmp.resolve("t"));
        Files.writeString(tmp.resolve("t").resolve(FILE), SOURCE, StandardCharsets.UTF_8);
    }

    /** Fails when {@code text} holds a character a reader must not get raw (newlines and tabs are fine). */
    static void assertShowsNoControls(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertThat(c != '\n' && TerminalText.mustEscape(c))
                .as("%s: raw U+%04X at %d in:%n%s", what, (int) c, i, text).isFalse();
        }
    }

    private String check(String format) {
        CliHarness.Run run = cli.in(tmp).run("check", "--format", format, "--fail-on", "never", "t");
        assertThat(run.err()).as(format).isEmpty();
        assertThat(run.status()).as(format).isEqualTo(ExitStatus.OK);
        assertShowsNoControls(format, run.out());
        return run.out();
    }

    @Test
    void textShowsEveryControlInFindingsCodeFramesAndTheSummary() {
        String out = check("text");
        assertThat(out).contains(SHOWN_FILE + ":9:7: warning: interpolation-only expression \"${\"x\\u202b\"}\" "
                + "is deprecated: write \"x\\u202b\" [terraform_deprecated_interpolation]\n"
                + "9 |   a = \"${\"x\\u202b\"}\"\n"
                + "  |       ^^^^^^^^^^^^^^\n")
            .as("the underline covers the escape as shown")
            .contains("    ACCESS = \"admin\\u2066 \\u2069 user\\u001b[31m\"\n");
    }

    @Test
    void compactGithubCheckstyleAndJunitShowEveryControl() {
        String message = "interpolation-only expression \"${\"x\\u202b\"}\" is deprecated: write \"x\\u202b\"";
        assertThat(check("compact")).contains(SHOWN_FILE + ":9:7: warning: " + message
            + " [terraform_deprecated_interpolation]\n");
        assertThat(check("github")).contains("::warning file=" + SHOWN_FILE + ",line=9,col=7,endLine=9,endColumn=16,"
            + "title=templint terraform_deprecated_interpolation::" + message + "\n");
        String xmlMessage = message.replace("\"", "&quot;");
        assertThat(check("checkstyle")).contains("<file name=\"" + SHOWN_FILE + "\">")
            .contains("message=\"" + xmlMessage + "\"");
        assertThat(check("junit")).contains("name=\"terraform_deprecated_interpolation " + SHOWN_FILE + ":9:7\"")
            .contains("<failure type=\"warning\" message=\"" + xmlMessage + "\">");
    }

    @Test
    void jsonAndSarifKeepTheTextExactlyAsJsonEscapes() throws IOException {
        String json = check("json");
        assertThat(json).contains("\"file\": \"t/ma\\u202Ein\\u2066.tf\"");
        JsonNode report = SchemaAssertions.assertValidReport(json);
        JsonNode finding = report.get("templates").get(0).get("diagnostics").findParents("rule").stream()
            .filter(f -> f.get("rule").asText().equals("terraform_deprecated_interpolation")).findFirst().orElseThrow();
        assertThat(finding.get("file").asText()).isEqualTo("t/" + FILE);
        assertThat(finding.get("message").asText()).contains("\"${\"x" + RLE + "\"}\"");
        assertThat(report.get("templates").get(0).get("agents").get(0).get("env").get(0).get("value").asText())
            .isEqualTo("admin" + LRI + " " + PDI + " user\u001b[31m");

        String sarif = check("sarif");
        SchemaAssertions.assertValidSarif(sarif);
        JsonNode result = Json.mapper().readTree(sarif).get("runs").get(0).get("results").findParents("ruleId").stream()
            .filter(r -> r.get("ruleId").asText().equals("terraform_deprecated_interpolation")).findFirst().orElseThrow();
        assertThat(result.get("message").get("text").asText()).contains("\"${\"x" + RLE + "\"}\"");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
            .as("percent-encoded UTF-8, as a URI must be").isEqualTo("t/ma%E2%80%AEin%E2%81%A6.tf");
    }

    @Test
    void parseShowsEveryControlInTextAndKeepsItInJson() throws IOException {
        Files.writeString(tmp.resolve("t").resolve(FILE), "a = \"" + RLO + "\" = 1\n");
        CliHarness.Run text = cli.in(tmp).run("parse", "t/" + FILE);
        assertThat(text.status()).isEqualTo(ExitStatus.FINDINGS);
        assertShowsNoControls("parse text", text.out());
        assertThat(text.out()).startsWith(SHOWN_FILE + ":1:9: error: ").contains("1 | a = \"\\u202e\" = 1\n"
            + "  |              ^\n");
        CliHarness.Run json = cli.in(tmp).run("parse", "--format", "json", "t/" + FILE);
        assertShowsNoControls("parse json", json.out());
        assertThat(Json.mapper().readTree(json.out()).at("/files/0/file").asText()).isEqualTo("t/" + FILE);
    }

    @Test
    void everyKindOfMessageOnStandardErrorShowsEveryControl() throws IOException {
        Map<String, String[]> runs = new LinkedHashMap<>();
        runs.put("templint: gone\\u202e.tf: no such file or directory\n", new String[] {"check", "gone" + RLO + ".tf"});
        runs.put("templint: Unknown option: '--for\\u202emat' (see 'templint check --help')\n",
            new String[] {"check", "--for" + RLO + "mat", "t"});
        runs.put("templint: @args\\u202e: cannot read argument file: no such file or directory\n",
            new String[] {"check", "@args" + RLO});
        runs.put("templint: gone\\u2066.tf: cannot read: no such file or directory\n",
            new String[] {"parse", "gone" + LRI + ".tf"});
        runs.put("templint: unknown rule 'x\\u202e' (see 'templint rules')\n", new String[] {"explain", "x" + RLO});
        Files.writeString(tmp.resolve("c" + RLO + ".hcl"), "rule \"" + LRI + "\" {\n}\n");
        runs.put("templint: bad config: " + tmp + "/c\\u202e.hcl:1:6: unknown rule \"\\u2066\"\n",
            new String[] {"check", "--config", "c" + RLO + ".hcl", "t"});
        for (Map.Entry<String, String[]> e : runs.entrySet()) {
            CliHarness.Run run = cli.in(tmp).run(e.getValue());
            assertThat(run.status()).as(e.getKey()).isEqualTo(ExitStatus.FAILURE);
            assertThat(run.err()).as(String.join(" ", e.getValue())).isEqualTo(e.getKey());
        }
    }

    @Test
    void unreadableArchivesOnStandardErrorShowEveryControl() throws IOException {
        Files.write(tmp.resolve("up" + RLO + ".tgz"), "not gzip".getBytes(StandardCharsets.UTF_8));
        Files.write(tmp.resolve("entry.zip"), TestArchives.zip(Map.of("a/../../" + RLO + "x.tf", "")));
        CliHarness.Run run = cli.in(tmp).run("check", "--format", "compact", "up" + RLO + ".tgz", "entry.zip");
        assertThat(run.status()).isEqualTo(ExitStatus.FAILURE);
        assertShowsNoControls("stderr", run.err());
        assertShowsNoControls("stdout", run.out());
        assertThat(run.err().lines()).hasSize(2).allMatch(l -> l.startsWith("templint: "));
        assertThat(run.err()).startsWith("templint: up\\u202e.tgz: ").contains("templint: entry.zip: entry \"a/../../\\u202ex.tf\"");
        assertThat(run.out()).contains("up\\u202e.tgz:1:1: error: ").contains("\\u202ex.tf");
    }

    @Test
    void internalErrorsFailuresAndProgressShowEveryControl() {
        CliServices failing = CliServices.defaults().withAnalyzer(r -> {
            throw new AnalysisException("bad " + RLO + "input");
        });
        assertThat(new CliHarness().services(failing).in(tmp).run("check", "t").err())
            .isEqualTo("templint: bad \\u202einput\n");
        CliServices crashing = CliServices.defaults().withAnalyzer(r -> {
            throw new IllegalStateException("boom " + LRI);
        });
        assertThat(new CliHarness().services(crashing).in(tmp).run("check", "t").err())
            .isEqualTo("templint: internal error: boom \\u2066\n");
        CliHarness.Run progress = new CliHarness().in(tmp).terminals(false, true)
            .run("check", "--format", "compact", "--fail-on", "never", "t/" + FILE, "t", "t");
        assertThat(progress.err()).contains("[1/3] t");
        assertShowsNoControls("progress", progress.err().replace("\r\u001b[K", ""));
    }
}
