package com.ascent.plugin.api.support;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The organization's resource catalogue and the context program's assignments, decisions and budget.
 *
 * <p>Every write is one transaction: stored completely or not at all. Writes carry the version the
 * caller read and refuse a stale one with {@link com.ascent.plugin.api.ConcurrentEditException};
 * bad values are refused with {@link com.ascent.plugin.api.InvalidInputException} naming the field
 * at fault, with a message in the user's language. The rules are listed in the
 * {@linkplain com.ascent.plugin.api.support package description}.
 */
public interface SupportService {

    // --- Catalogue (shared by all programs of the organization) ---------------------------------

    /** The organization's catalogue, sorted by title. */
    List<Resource> catalogue();

    /** One catalogue entry. */
    Optional<Resource> resource(UUID id);

    /** Adds a resource to the catalogue. */
    Resource addResource(ResourceDraft draft);

    /**
     * Changes a resource. Refused when its capacity would fall below the participants already
     * enrolled. Existing assignments keep their planned cost.
     */
    Resource updateResource(UUID id, long expectedVersion, ResourceDraft draft);

    /** Removes a resource from the catalogue together with its assignments in every program. */
    void removeResource(UUID id, long expectedVersion);

    /**
     * Adds the resources of a CSV file (comma-separated, with a header line) to the catalogue. The
     * host finds the encoding (UTF-8 or UTF-16 by their byte order mark, else UTF-8 if valid, else
     * Windows-1250, ISO-8859-2 or Windows-1252) and refuses binary content, UTF-32 and NUL
     * characters as a problem of the file; text values are cleaned and limited as in every write.
     * Columns: {@code type, title, provider, link, language, format, duration, starts_on, ends_on,
     * repeats_on, location, capacity, cost_per_participant, capabilities}; {@code type} and
     * {@code title} are required, dates are {@code yyyy-MM-dd}, the further dates of
     * {@code repeats_on} (since 1.2.0) and capabilities are separated by {@code ;}, and
     * {@code type} is one of the {@link ResourceType} names (e.g. {@code ONLINE_COURSE}). All or
     * nothing: when any line is wrong, nothing is stored and {@link CatalogueImportException} lists
     * every problem with its line and column.
     *
     * @return the resources added, in file order
     */
    List<Resource> importCatalogue(byte[] csv);

    // --- Assignments of this program ----------------------------------------------------------

    /** The program's assignments, by HiPo and then by resource title. */
    List<Assignment> assignments();

    /**
     * The program's assignments of dated resources that are not dropped, by start date: what the
     * program calendar shows next to its sessions and reviews.
     */
    List<Assignment> scheduled();

    /**
     * Assigns a resource to a HiPo of the program, optionally for one of their development plan
     * goals. Refused when the member is not a HiPo of this program, the HiPo already has this
     * resource, or the resource is full (unless the status is {@link AssignmentStatus#DROPPED}).
     */
    Assignment assign(UUID resourceId, UUID hipoMemberId, @Nullable UUID goalId, AssignmentStatus status);

    /** Assigns a resource to several HiPos at once, for example a whole cohort: all or none. */
    List<Assignment> assignAll(UUID resourceId, List<UUID> hipoMemberIds, AssignmentStatus status);

    /**
     * Records how an assignment is going. Refused when a completed assignment has no completion
     * date (or a completion date is given for another status), the rating is outside 1 to 5, the
     * actual cost is negative, or taking up a dropped place again would exceed the capacity.
     */
    Assignment track(UUID id, long expectedVersion, Tracking tracking);

    /** Removes an assignment, freeing its place. */
    void removeAssignment(UUID id, long expectedVersion);

    /**
     * Resources that fit each HiPo of the program who does not have them yet, best first: those
     * that develop capabilities the HiPo needs (their roster capabilities) or the program's
     * objectives aim at. Full resources are left out.
     */
    List<Suggestion> suggestions();

    // --- "No additional support" decisions ----------------------------------------------------

    /** HR's decisions that HiPos need no resources beyond coaching and mentoring. */
    List<NoSupportDecision> decisions();

    /** Records that a HiPo needs no additional support, and why. Refused when the reason is empty. */
    NoSupportDecision decideNoSupport(UUID hipoMemberId, String reason);

    /** Withdraws a decision. */
    void removeDecision(UUID id, long expectedVersion);

    // --- Budget -------------------------------------------------------------------------------

    /** What the program's support costs, planned and actual, in total, per resource type and per HiPo. */
    Budget budget();
}
