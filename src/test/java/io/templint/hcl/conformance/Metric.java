package io.templint.hcl.conformance;

import java.util.Arrays;
import java.util.List;

/**
 * What the conformance test compares with the reference parser, file by file. All but the last are
 * asserted (every disagreement fails the test unless listed as a known difference): the verdict, and
 * for a rejected file its first error's line and exact range, the number of errors and each error's
 * range; the recovered tree of a rejected file is measured and reported only, to show how closely
 * error recovery follows the reference.
 */
public enum Metric {

    /** Same accept/reject verdict (errors or none). Judged for every case. */
    VERDICT("verdict", true) {
        @Override
        public Boolean judge(Outcome o) {
            return o.crash() == null && o.errors() == o.testCase().reference().errors();
        }
    },

    /** For inputs the reference rejects: templint's first error on the reference's first error line. */
    FIRST_ERROR_LINE("first-error-line", true) {
        @Override
        public Boolean judge(Outcome o) {
            Integer expected = o.testCase().reference().firstErrorLine();
            if (!o.testCase().reference().errors() || expected == null) {
                return null;
            }
            return o.crash() == null && o.firstError() != null && o.firstErrorLine() == expected;
        }
    },

    /**
     * For inputs the reference accepts: the identical tree. Judged whatever templint's own verdict, so
     * that a spurious diagnostic and a wrong tree are told apart.
     */
    TREE("tree", true) {
        @Override
        public Boolean judge(Outcome o) {
            if (o.testCase().reference().errors() || o.testCase().reference().body() == null) {
                return null;
            }
            return o.crash() == null && o.treeDiffs().isEmpty();
        }
    },

    /** For inputs the reference rejects: templint's first error has exactly the reference's range. */
    FIRST_ERROR_RANGE("first-error-range", true) {
        @Override
        public Boolean judge(Outcome o) {
            Reference ref = o.testCase().reference();
            if (!ref.errors() || ref.firstError() == null) {
                return null;
            }
            return o.crash() == null && o.firstError() != null
                && OracleShape.range(o.firstError().subject()).equals(ref.firstError().get("subject"));
        }
    },

    /** For inputs the reference rejects: as many errors as the reference. */
    ERROR_COUNT("error-count", true) {
        @Override
        public Boolean judge(Outcome o) {
            Reference ref = o.testCase().reference();
            if (!ref.errors() || ref.errorCount() == null) {
                return null;
            }
            return o.crash() == null && o.errorCount() == ref.errorCount();
        }
    },

    /** For inputs the reference rejects: every error at the reference's error's range, in order. */
    ERROR_RANGES("error-ranges", true) {
        @Override
        public Boolean judge(Outcome o) {
            Reference ref = o.testCase().reference();
            if (!ref.errors() || ref.errorSubjects() == null) {
                return null;
            }
            return o.crash() == null && o.errorSubjects().equals(ref.errorSubjects());
        }
    },

    /** For inputs the reference rejects: the identical recovered tree. */
    RECOVERED_TREE("recovered-tree", false) {
        @Override
        public Boolean judge(Outcome o) {
            if (!o.testCase().reference().errors() || o.testCase().reference().body() == null) {
                return null;
            }
            return o.crash() == null && o.treeDiffs().isEmpty();
        }
    };

    private final String label;
    private final boolean asserted;

    Metric(String label, boolean asserted) {
        this.label = label;
        this.asserted = asserted;
    }

    /** The name used in the known-differences list and reports. */
    public String label() {
        return label;
    }

    /** Whether the test fails on a disagreement (otherwise the metric is only reported). */
    public boolean asserted() {
        return asserted;
    }

    /** Whether templint agrees with the reference on this metric; null when it is not judged here. */
    public abstract Boolean judge(Outcome o);

    /** The asserted metrics, in order. */
    public static List<Metric> assertedMetrics() {
        return Arrays.stream(values()).filter(Metric::asserted).toList();
    }

    /** The reported-only metrics, in order. */
    public static List<Metric> reportedMetrics() {
        return Arrays.stream(values()).filter(m -> !m.asserted()).toList();
    }

    /** The metric with this label. */
    public static Metric byLabel(String label) {
        for (Metric m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + label + "'");
    }
}
