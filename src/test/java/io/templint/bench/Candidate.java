package io.templint.bench;

/** A parser under benchmark: reads one file and says whether it accepted it. */
interface Candidate {

    /** The name printed in the results. */
    String name();

    /**
     * Parses one file. Returns whether it was accepted (no error reported, nothing thrown). The
     * result is kept alive until the next call so that the work cannot be optimised away.
     */
    boolean parse(String name, byte[] bytes);

    /** The result of the last parse, for retained-heap measurements. */
    Object lastResult();
}
