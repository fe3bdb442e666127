package io.templint.hcl.conformance;

/** The three things the conformance test compares with the reference parser, file by file. */
public enum Metric {

    /** Same accept/reject verdict (errors or none). Judged for every case. */
    VERDICT("verdict") {
        @Override
        public Boolean judge(Outcome o) {
            return o.crash() == null && o.errors() == o.testCase().reference().errors();
        }
    },

    /** For inputs the reference rejects: templint's first error on the reference's first error line. */
    FIRST_ERROR_LINE("first-error-line") {
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
    TREE("tree") {
        @Override
        public Boolean judge(Outcome o) {
            if (o.testCase().reference().errors() || o.testCase().reference().body() == null) {
                return null;
            }
            return o.crash() == null && o.treeDiffs().isEmpty();
        }
    };

    private final String label;

    Metric(String label) {
        this.label = label;
    }

    /** The name used in the known-differences list and reports. */
    public String label() {
        return label;
    }

    /** Whether templint agrees with the reference on this metric; null when it is not judged here. */
    public abstract Boolean judge(Outcome o);

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
