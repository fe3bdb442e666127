package io.templint.cli;

/** Told by an {@link Analyzer} as it works through the templates of a run. */
interface Progress {

    /** Progress that shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void templateStarted(int index, int total, String path) {
        }

        @Override
        public void done() {
        }
    };

    /**
     * A template's analysis starts.
     *
     * @param index 0-based position of the template
     * @param total how many templates the run has
     * @param path  the template's path as given
     */
    void templateStarted(int index, int total, String path);

    /** Every template is done. */
    void done();
}
