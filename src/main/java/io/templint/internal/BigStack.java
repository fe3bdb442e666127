package io.templint.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a recursive task on a thread with a stack of a chosen size, for callers (parser, JSON
 * reader, evaluator) whose recursion is bounded but may be deeper than the caller's own stack
 * allows.
 *
 * <p>Internal helper, not part of templint's supported API.
 */
public final class BigStack {

    private BigStack() { }

    /**
     * Runs {@code task} on a new daemon thread named {@code threadName} with a stack of
     * {@code stackBytes}, waits for it and returns its result. A {@link RuntimeException} or
     * {@link Error} thrown by the task is thrown again on the caller's thread, so a task that wants
     * to turn a {@link StackOverflowError} into a diagnostic catches it itself. Waiting is not
     * interruptible: an interrupt received meanwhile is passed on to the task's thread (whose
     * {@link Cancellation} checks then stop it early) and kept as the caller's interrupt status.
     */
    public static <T> T call(String threadName, long stackBytes, Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(task.get());
            } catch (RuntimeException | Error e) {
                failure.set(e);
            }
        }, threadName, stackBytes);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
                t.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        } else if (f instanceof Error err) {
            throw err;
        }
        return result.get();
    }
}
