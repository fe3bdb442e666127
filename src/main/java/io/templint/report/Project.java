package io.templint.report;

/** Where templint lives on the web: named in SARIF output and in rules' help links. */
public final class Project {

    /** The project's home page (SARIF's {@code tool.driver.informationUri}). */
    public static final String HOME = "https://github.com/templint/templint";

    /** The rules' documentation; a rule's section is this plus {@code #} and its id. */
    public static final String RULES_DOCS = HOME + "/blob/main/docs/rules.md";

    private Project() { }
}
