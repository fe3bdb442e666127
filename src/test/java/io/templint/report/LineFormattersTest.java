package io.templint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The compact, GitHub, checkstyle and JUnit formats. */
class LineFormattersTest {

    @Test
    void compactIsOneLineAFinding() {
        String out = SampleReports.write(new CompactFormatter(), SampleReports.full(), SampleReports.context());
        assertThat(out.lines()).containsExactly(
            "examples/claude task/main.tf:2:3: error: Invalid expression; Expected the start of an expression. [syntax]",
            "examples/claude task/main.tf:7:11: warning: GITHUB_TOKEN is set twice, \"x\" & <y>, 100% [duplicate-env]",
            "examples/claude task/main.tf:6:2: notice: os is set with a tab before it [agent-os]");
    }

    @Test
    void githubWorkflowCommandsAreEscaped() {
        String out = SampleReports.write(new GithubFormatter(), SampleReports.full(), SampleReports.context());
        assertThat(out.lines()).containsExactly(
            "::error file=examples/claude task/main.tf,line=2,col=3,endLine=2,endColumn=12,title=templint syntax"
                + "::Invalid expression; Expected the start of an expression.",
            "::warning file=examples/claude task/main.tf,line=7,col=11,endLine=7,endColumn=23,"
                + "title=templint duplicate-env::GITHUB_TOKEN is set twice, \"x\" & <y>, 100%25",
            "::notice file=examples/claude task/main.tf,line=6,col=2,endLine=6,endColumn=4,title=templint agent-os"
                + "::os is set with a tab before it");
        assertThat(GithubFormatter.property("a:b,c%\nd")).isEqualTo("a%3Ab%2Cc%25%0Ad");
        assertThat(GithubFormatter.data("a:b,c%\r\nd")).isEqualTo("a:b,c%25%0D%0Ad");
    }

    @Test
    void checkstyleIsWellFormedXml() throws Exception {
        String out = SampleReports.write(new CheckstyleFormatter(), SampleReports.full(), SampleReports.context());
        Document doc = parse(out);
        NodeList files = doc.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(1);
        assertThat(((Element) files.item(0)).getAttribute("name")).isEqualTo(SampleReports.MAIN_TF);
        NodeList errors = doc.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(3);
        Element dup = (Element) errors.item(1);
        assertThat(dup.getAttribute("message")).isEqualTo("GITHUB_TOKEN is set twice, \"x\" & <y>, 100%");
        assertThat(dup.getAttribute("source")).isEqualTo("templint.duplicate-env");
        assertThat(dup.getAttribute("line")).isEqualTo("7");
        assertThat(((Element) errors.item(2)).getAttribute("severity")).isEqualTo("info");
    }

    @Test
    void junitHasATestCaseAFinding() throws Exception {
        String out = SampleReports.write(new JunitFormatter(), SampleReports.full(), SampleReports.context());
        Document doc = parse(out);
        Element suites = doc.getDocumentElement();
        assertThat(suites.getAttribute("tests")).isEqualTo("4");
        assertThat(suites.getAttribute("failures")).isEqualTo("3");
        assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(4);
        assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(3);
        assertThat(((Element) doc.getElementsByTagName("skipped").item(0)).getAttribute("message"))
            .isEqualTo("suppressed: reviewed: the token is scoped");

        Document clean = parse(SampleReports.write(new JunitFormatter(), SampleReports.clean(),
            SampleReports.context()));
        assertThat(clean.getElementsByTagName("testcase").getLength()).isEqualTo(1);
        assertThat(clean.getElementsByTagName("failure").getLength()).isZero();
    }

    @Test
    void xmlEscapingShowsControlsAndDropsCharactersXmlForbids() throws Exception {
        assertThat(Xml.escape("a\u0001b<\"'&>\n\r\t\u202e\u0085")).as("a control is shown, as TerminalText shows it")
            .isEqualTo("a\\u0001b&lt;&quot;&apos;&amp;&gt;&#10;&#13;&#9;\\u202e\\u0085");
        assertThat(Xml.escape("\uFFFEx")).isEqualTo("\uFFFDx");
        assertThat(Xml.escape("\uD800x")).isEqualTo("\uFFFDx");
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
