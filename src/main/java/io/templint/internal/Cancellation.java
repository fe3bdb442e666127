package io.templint.internal;

import java.time.Duration;

/**
 * Whether the analysis running on a thread must stop: its thread was interrupted (an embedder's
 * {@code Future.cancel(true)}) or its deadline passed. The stages of an analysis (reading
 * archives, parsing, evaluating, running rules) call {@link #check()} in their loops and stop early
 * once it is true; the analysis then reports that it was stopped. The check is cheap: a field read,
 * and a clock read every {@value #CLOCK_EVERY} calls.
 *
 * <p>An analysis installs its cancellation for the analysing thread with {@link #install}; threads
 * it starts (the big-stack threads of deep parsing and evaluation) see it too, and the owner's
 * interrupt, not their own, is what counts.
 *
 * <p>Internal helper, not part of templint's supported API.
 */
public final class Cancellation {

    /** Calls of {@link #check()} between two reads of the clock. */
    static final int CLOCK_EVERY = 256;

    /** Never stops (no thread, no deadline). */
    public static final Cancellation NONE = new Cancellation(null, Long.MAX_VALUE, false);

    private static final InheritableThreadLocal<Cancellation> CURRENT = new InheritableThreadLocal<>();

    private final Thread owner;
    private final long deadline;
    private final boolean hasDeadline;
    private volatile String stopped;
    private int calls;

    private Cancellation(Thread owner, long deadline, boolean hasDeadline) {
        this.owner = owner;
        this.deadline = deadline;
        this.hasDeadline = hasDeadline;
    }

    /**
     * A cancellation for an analysis that runs on the calling thread, stopping when that thread is
     * interrupted or, when {@code timeout} is not null, once {@code timeout} has passed from now.
     */
    public static Cancellation forCurrentThread(Duration timeout) {
        if (timeout == null) {
            return new Cancellation(Thread.currentThread(), Long.MAX_VALUE, false);
        }
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException e) {
            nanos = Long.MAX_VALUE;
        }
        long now = System.nanoTime();
        long end = nanos > Long.MAX_VALUE - now ? Long.MAX_VALUE : now + nanos;
        return new Cancellation(Thread.currentThread(), end, nanos != Long.MAX_VALUE);
    }

    /** The cancellation installed for this thread (or inherited from the thread that started it), else {@link #NONE}. */
    public static Cancellation current() {
        Cancellation c = CURRENT.get();
        return c == null ? NONE : c;
    }

    /**
     * Installs {@code c} for the calling thread (and the threads it starts) until the returned
     * scope is closed, which restores what was installed before.
     */
    public static Scope install(Cancellation c) {
        Cancellation previous = CURRENT.get();
        CURRENT.set(c);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** What {@link #install} returns. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Whether the analysis must stop; once true, stays true. */
    public boolean check() {
        if (stopped != null) {
            return true;
        }
        if (owner == null) {
            return false;
        }
        if (owner.isInterrupted() || Thread.currentThread().isInterrupted()) {
            stopped = "the analysis was cancelled (its thread was interrupted)";
            return true;
        }
        if (hasDeadline && ++calls >= CLOCK_EVERY) {
            calls = 0;
            if (System.nanoTime() - deadline >= 0) {
                stopped = "the analysis took longer than its deadline";
                return true;
            }
        }
        return false;
    }

    /** Like {@link #check()}, reading the clock now. */
    public boolean checkNow() {
        calls = CLOCK_EVERY;
        return check();
    }

    /** Why the analysis was stopped, or null while it is not. */
    public String reason() {
        return stopped;
    }

    /** Throws {@link Stopped} when {@link #checkNow()} is true: between the stages of an analysis. */
    public void checkpoint() {
        if (checkNow()) {
            throw new Stopped(stopped);
        }
    }

    /** Throws {@link Stopped} when {@link #check()} is true. */
    public void throwIfStopped() {
        if (check()) {
            throw new Stopped(stopped);
        }
    }

    /** Ends a stage of the analysis that cannot return a partial result; the analysis reports the stop. */
    public static final class Stopped extends RuntimeException {
        public Stopped(String reason) {
            super(reason, null, false, false);
        }
    }
}
