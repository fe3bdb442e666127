package io.templint.cli;

/**
 * The seam between the command line and the analysis behind {@code templint check}: resolved
 * inputs in, a report out. The command line owns arguments, exit status and output; the analyzer
 * owns loading templates (folders, archives, standard input), the Coder analysis and the rules.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>one {@code TemplateReport} per input, in order, whose {@code path} is the input's
 *       {@link TemplateInput#displayPath()} and whose file paths start with it;</li>
 *   <li>for a {@link TemplateInput.Directory} with {@code onlyFiles}, analyse the whole folder but
 *       keep only findings in the files named;</li>
 *   <li>problems in a template (syntax errors, unreadable files) are findings; a template that
 *       cannot be read at all (corrupt or unsafe archive) is a report entry with one
 *       {@code template_source} error and a message in {@link AnalysisResult#failures()}, and the
 *       other templates are analysed: the run then exits with status 2; throw
 *       {@link AnalysisException} only when the run cannot go on at all (bad config): it becomes
 *       exit status 2 without a report;</li>
 *   <li>call {@link AnalysisRequest#progress()} as each template starts.</li>
 * </ul>
 */
@FunctionalInterface
interface Analyzer {

    /** Analyses every input of the request. */
    AnalysisResult analyze(AnalysisRequest request);
}
