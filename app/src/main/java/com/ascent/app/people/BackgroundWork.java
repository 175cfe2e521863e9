package com.ascent.app.people;

import com.ascent.app.database.OrganizationScope;
import jakarta.annotation.PreDestroy;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs long work (checking and importing large files) off the request thread, so that the
 * screen stays responsive and can show progress. The work runs as the user who started it: their
 * organization and their sign-in are captured on the request thread and bound on the worker, so
 * that row-level security and the services' role checks apply as they would in the request.
 */
@Component
public class BackgroundWork {

    /** Two at a time: the machine has few cores, and each job keeps one database connection busy. */
    private static final int WORKERS = 2;

    private final OrganizationScope organization;
    private final ExecutorService workers;

    BackgroundWork(OrganizationScope organization) {
        this.organization = organization;
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(WORKERS, work -> {
            Thread thread = new Thread(work, "people-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts {@code work} for the current user and organization; call it on the request thread. */
    public <T> CompletableFuture<T> start(Supplier<T> work) {
        UUID organizationId = organization.require();
        SecurityContext signIn = SecurityContextHolder.getContext();
        return CompletableFuture.supplyAsync(() -> {
            SecurityContextHolder.setContext(signIn);
            try {
                return OrganizationScope.callAs(organizationId, work);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }, workers);
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
