package com.ascent.app.database;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The organization the current thread works for, and the user it works as. Every transaction hands
 * both to PostgreSQL (see {@link OrganizationAwareTransactionManager}) so that row-level security
 * lets only that organization's rows through (plus the user's own memberships and organizations),
 * and services use them for their own checks.
 *
 * <p>In requests of signed-in users they come from the session; first-run setup, sign-in,
 * background work and tests bind them explicitly with {@link #callAs(UUID, Supplier)} and
 * {@link #callAsUser(UUID, Supplier)}, before the transaction starts.
 */
@Component
public class OrganizationScope {

    private static final ThreadLocal<@Nullable UUID> EXPLICIT = new ThreadLocal<>();
    private static final ThreadLocal<@Nullable UUID> EXPLICIT_USER = new ThreadLocal<>();
    private static final ThreadLocal<@Nullable Boolean> NOBODY = new ThreadLocal<>();

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

    /** The user this thread works as, if any. */
    public Optional<UUID> currentUser() {
        if (NOBODY.get() != null) {
            return Optional.empty();
        }
        UUID explicit = EXPLICIT_USER.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        OrganizationScopeSource source = sessionSource.getIfAvailable();
        return source != null ? source.userId() : Optional.empty();
    }

    /** The organization of this thread; fails when there is none. */
    public UUID require() {
        return current().orElseThrow(() -> new IllegalStateException("No organization is selected"));
    }

    /** Runs {@code work} for {@code organizationId}, whatever the session says. */
    public static <T> T callAs(UUID organizationId, Supplier<T> work) {
        return bound(EXPLICIT, organizationId, work);
    }

    /**
     * Runs {@code work} for {@code organizationId} as nobody, whoever is signed in: the work of a link
     * that entitles its holder (a rater's questionnaire), which must neither gain nor lose by the
     * account the browser happens to be signed in with (a participant sees no feedback at all).
     */
    public static <T> T callAsLinkHolder(UUID organizationId, Supplier<T> work) {
        Boolean previous = NOBODY.get();
        NOBODY.set(Boolean.TRUE);
        try {
            return callAs(organizationId, work);
        } finally {
            if (previous == null) {
                NOBODY.remove();
            }
        }
    }

    /** Runs {@code work} as {@code userId} (for instance while signing them in), whatever the session says. */
    public static <T> T callAsUser(UUID userId, Supplier<T> work) {
        return bound(EXPLICIT_USER, userId, work);
    }

    private static <T> T bound(ThreadLocal<@Nullable UUID> binding, UUID value, Supplier<T> work) {
        UUID previous = binding.get();
        binding.set(value);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                binding.remove();
            } else {
                binding.set(previous);
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
