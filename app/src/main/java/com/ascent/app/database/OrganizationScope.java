package com.ascent.app.database;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The organization the current thread works for. Every transaction hands it to PostgreSQL (see
 * {@link OrganizationAwareTransactionManager}) so that row-level security lets only that
 * organization's rows through, and services use it for their own checks.
 *
 * <p>In requests of signed-in users it is the organization they selected; first-run setup,
 * background work and tests bind one explicitly with {@link #callAs(UUID, Supplier)}.
 */
@Component
public class OrganizationScope {

    private static final ThreadLocal<@Nullable UUID> EXPLICIT = new ThreadLocal<>();

    private final ObjectProvider<OrganizationScopeSource> sessionSource;

    OrganizationScope(ObjectProvider<OrganizationScopeSource> sessionSource) {
        this.sessionSource = sessionSource;
    }

    /** The organization of this thread, if any. */
    public Optional<UUID> current() {
        UUID explicit = EXPLICIT.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        OrganizationScopeSource source = sessionSource.getIfAvailable();
        return source != null ? source.organizationId() : Optional.empty();
    }

    /** The organization of this thread; fails when there is none. */
    public UUID require() {
        return current().orElseThrow(() -> new IllegalStateException("No organization is selected"));
    }

    /** Runs {@code work} for {@code organizationId}, whatever the session says. */
    public static <T> T callAs(UUID organizationId, Supplier<T> work) {
        UUID previous = EXPLICIT.get();
        EXPLICIT.set(organizationId);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }

    /** Runs {@code work} for {@code organizationId}, whatever the session says. */
    public static void runAs(UUID organizationId, Runnable work) {
        callAs(organizationId, () -> {
            work.run();
            return null;
        });
    }
}
