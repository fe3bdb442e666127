package io.templint.hcl.conformance;

import java.nio.file.Path;

/**
 * One input of a conformance corpus with its reference verdict.
 *
 * @param corpus    the corpus name, e.g. {@code terraform/all-tf}
 * @param file      the file's path within the corpus, as the reference names it (without {@code ./})
 * @param path      where the file is on disk
 * @param mode      how the file is read
 * @param reference what the reference parser made of it
 */
public record ConformanceCase(String corpus, String file, Path path, Mode mode, Reference reference) {

    /** How an input is read. */
    public enum Mode {
        /** A configuration file (HCL's {@code ParseConfig}, templint's {@code Hcl.parseNative}). */
        CONFIG,
        /** A whole file holding one expression (HCL's {@code ParseExpression}). */
        EXPRESSION
    }

    /** {@code corpus/file}: the key used by the known-differences list and in reports. */
    public String id() {
        return corpus + "/" + file;
    }
}
