package io.templint.internal;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs independent tasks (one per template or file) on an executor, a bounded number at a time,
 * and hands their results to the caller in the order of the items, on the caller's thread: the
 * same results, in the same order, as a plain loop, with every core busy.
 *
 * <p>At most {@code window} items are in flight (submitted and not yet handed over), so a long list
 * never holds more than that many analyses in memory at once. Interrupting the waiting thread is
 * passed on as a sequential run would see it: the running tasks' threads are interrupted and every
 * task not yet started starts with its thread's interrupt status set (and has it cleared when it
 * ends); the caller's interrupt status is kept. A task that throws makes {@link #run} throw the
 * same exception (the tasks still in flight are interrupted and their results dropped).
 *
 * <p>Internal helper, not part of templint's supported API.
 */
public final class InOrder {

    private InOrder() { }

    /** Receives the results in the order of the items. */
    @FunctionalInterface
    public interface Sink<R> {
        /**
         * The result of item {@code index}.
         *
         * @param index  the item's position
         * @param result what the task returned
         */
        void accept(int index, R result);
    }

    /** Told, in the order of the items, when the caller starts waiting for an item's result. */
    @FunctionalInterface
    public interface Waiting {
        /**
         * The caller waits for item {@code index} (with a plain loop: the item starts).
         *
         * @param index the item's position
         */
        void item(int index);
    }

    /**
     * Runs {@code task} over {@code items}: on the calling thread, one after another, when
     * {@code executor} is null; else on {@code executor} with at most {@code window} items in flight.
     *
     * @param items    the items
     * @param executor where the tasks run, or null for the calling thread
     * @param window   how many items may be in flight at once (at least 1)
     * @param task     the work of one item; must not share mutable state with the others
     * @param waiting  told as the caller reaches each item, in order
     * @param sink     given each result, in order, on the calling thread
     * @param <T>      item type
     * @param <R>      result type
     */
    public static <T, R> void run(List<T> items, Executor executor, int window, Function<? super T, ? extends R> task,
                                  Waiting waiting, Sink<? super R> sink) {
        Objects.requireNonNull(task, "task");
        if (executor == null) {
            for (int i = 0; i < items.size(); i++) {
                waiting.item(i);
                sink.accept(i, task.apply(items.get(i)));
            }
            return;
        }
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1: " + window);
        }
        AtomicBoolean stop = new AtomicBoolean();
        ArrayDeque<Slot<T, R>> inFlight = new ArrayDeque<>();
        boolean interrupted = false;
        int next = 0;
        int handed = 0;
        try {
            while (handed < items.size()) {
                while (next < items.size() && inFlight.size() < window) {
                    Slot<T, R> slot = new Slot<>(items.get(next++), task, stop);
                    inFlight.add(slot);
                    executor.execute(slot);
                }
                Slot<T, R> head = inFlight.peek();
                waiting.item(handed);
                while (true) {
                    try {
                        head.done.await();
                        break;
                    } catch (InterruptedException e) {
                        // as a plain loop would: this and every later item sees the interrupt
                        interrupted = true;
                        stop.set(true);
                        inFlight.forEach(Slot::interrupt);
                    }
                }
                inFlight.poll();
                if (head.failure instanceof RuntimeException re) {
                    throw re;
                } else if (head.failure instanceof Error err) {
                    throw err;
                }
                sink.accept(handed++, head.result);
            }
        } catch (RuntimeException | Error e) {
            stop.set(true);
            inFlight.forEach(Slot::interrupt);
            throw e;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A pool of {@code threads} daemon threads named {@code name-N}, with the JVM's default thread
     * stack size ({@code -Xss}), for {@link #run}; the caller shuts it down.
     *
     * @param threads how many threads
     * @param name    the threads' name prefix
     * @return the pool
     */
    public static ExecutorService pool(int threads, String name) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            // no inherited Cancellation: each task installs its own
            Thread t = new Thread(null, r, name + "-" + count.incrementAndGet(), 0, false);
            t.setDaemon(true);
            return t;
        });
    }

    /** One item's task, its result and the thread running it. */
    private static final class Slot<T, R> implements Runnable {
        private final T item;
        private final Function<? super T, ? extends R> task;
        private final AtomicBoolean stop;
        final CountDownLatch done = new CountDownLatch(1);
        private Thread runner;
        private boolean finished;
        R result;
        Throwable failure;

        Slot(T item, Function<? super T, ? extends R> task, AtomicBoolean stop) {
            this.item = item;
            this.task = task;
            this.stop = stop;
        }

        @Override
        public void run() {
            synchronized (this) {
                runner = Thread.currentThread();
                if (stop.get()) {
                    runner.interrupt();
                }
            }
            try {
                result = task.apply(item);
            } catch (Throwable t) {
                failure = t;
            } finally {
                synchronized (this) {
                    runner = null;
                    finished = true;
                    Thread.interrupted(); // an interrupt meant for this task must not reach the pool's next one
                }
                done.countDown();
            }
        }

        synchronized void interrupt() {
            if (runner != null && !finished) {
                runner.interrupt();
            }
        }
    }
}
