package io.templint.cli;

/** {@code -j/--jobs N}: how many templates or files are worked on at once. */
final class Jobs {

    private Jobs() { }

    /** The number given, checked, else the number of processors the JVM may use. */
    static int of(Integer given) {
        if (given == null) {
            return Math.max(1, Runtime.getRuntime().availableProcessors());
        }
        if (given < 1) {
            throw new CliException("--jobs: expected a number of at least 1, not " + given);
        }
        return given;
    }
}
