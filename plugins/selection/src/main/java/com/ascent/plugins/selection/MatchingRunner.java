package com.ascent.plugins.selection;

import com.ascent.plugins.selection.matching.MatchingCancelledException;
import com.ascent.plugins.selection.matching.MatchingPlan;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a large matching away from the request thread, so that neither this user's screen nor
 * anyone else's waits for it, and reports back to the UI through server push. At most half the
 * processors (at least one) match at the same time; further runs wait their turn.
 */
final class MatchingRunner {

    private static final Logger log = LoggerFactory.getLogger(MatchingRunner.class);
    private static final Semaphore SLOTS = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
            true);
    /** Push progress at most this often, in hundredths of the run. */
    private static final double PROGRESS_STEP = 0.01;

    /** What the screen hears from a run; every call arrives inside {@link UI#access}. */
    interface Listener {
        void waiting();

        void started();

        void progress(double fraction);

        void finished(MatchingPlan.Outcome outcome);

        void failed(RuntimeException e);
    }

    private final AtomicBoolean cancelled = new AtomicBoolean();

    private MatchingRunner() {
    }

    /** Starts {@code plan} on a background thread; the returned runner can stop it. */
    static MatchingRunner start(UI ui, MatchingPlan plan, Listener listener) {
        MatchingRunner runner = new MatchingRunner();
        Thread.ofPlatform().daemon().name("ascent-matching").start(() -> runner.run(ui, plan, listener));
        return runner;
    }

    /** Stops the run at its next check, e.g. when the user leaves the screen. */
    void cancel() {
        cancelled.set(true);
    }

    private void run(UI ui, MatchingPlan plan, Listener listener) {
        boolean acquired = false;
        try {
            acquired = SLOTS.tryAcquire();
            if (!acquired) {
                access(ui, listener::waiting);
                SLOTS.acquire();
                acquired = true;
            }
            // The screen shows the start before any progress or result can overtake it.
            ui.access(listener::started).get();
            double[] reported = {0};
            MatchingPlan.Outcome outcome = plan.run(fraction -> {
                if (fraction - reported[0] >= PROGRESS_STEP) {
                    reported[0] = fraction;
                    access(ui, () -> listener.progress(fraction));
                }
            }, cancelled::get);
            access(ui, () -> listener.finished(outcome));
        } catch (MatchingCancelledException | UIDetachedException e) {
            log.debug("Matching cancelled");
        } catch (ExecutionException e) {
            log.error("Showing the start of matching failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Matching failed", e);
            access(ui, () -> listener.failed(e));
        } finally {
            if (acquired) {
                SLOTS.release();
            }
        }
    }

    /** Hands {@code command} to the UI; a UI that is gone stops the run. */
    private void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            cancelled.set(true);
        }
    }
}
