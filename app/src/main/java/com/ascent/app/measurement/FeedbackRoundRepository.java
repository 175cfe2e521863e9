package com.ascent.app.measurement;

import static com.ascent.app.db.Tables.FEEDBACK_LINK;
import static com.ascent.app.db.Tables.FEEDBACK_REQUEST;
import static com.ascent.app.db.Tables.FEEDBACK_ROUND;
import static com.ascent.app.db.Tables.ORGANIZATION;
import static com.ascent.app.db.Tables.PAIR;
import static com.ascent.app.db.Tables.PERSON;
import static com.ascent.app.db.Tables.ROSTER_MEMBER;

import com.ascent.app.db.Routines;
import com.ascent.app.db.tables.Person;
import com.ascent.app.db.tables.RosterMember;
import com.ascent.plugin.api.measurement.FeedbackPhase;
import com.ascent.plugin.api.measurement.RaterRole;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Feedback rounds, the raters' requests and their links; a link is known by the hash of its token only. */
@Repository
class FeedbackRoundRepository {

    /** A rater to ask about a HiPo. */
    record Rater(UUID hipoMemberId, RaterRole role, String name, String email) {
    }

    /** A HiPo of the program with their directory entry. */
    record Hipo(UUID memberId, UUID personId, String name) {
    }

    /** A round as stored. */
    record Round(UUID id, UUID programId, FeedbackPhase phase, List<FeedbackQuestion> questions, Instant sentAt,
                 Instant expiresAt) {
    }

    /** A rater's request with what its form and its mails need. */
    record Request(UUID id, UUID organizationId, Round round, UUID hipoMemberId, String hipoName, RaterRole role,
                   String raterName, String raterEmail, Instant expiresAt, Map<String, Integer> draft,
                   String draftComment, @Nullable Instant submittedAt, @Nullable UUID feedbackId,
                   int remindedAfterDays) {
    }

    private static final TypeReference<Map<String, Integer>> RATINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<FeedbackQuestion>> QUESTIONS = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json;

    FeedbackRoundRepository(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    // --- Raters -----------------------------------------------------------------------------------

    List<Hipo> hipos(UUID org, UUID programId) {
        return dsl.select(ROSTER_MEMBER.ID, PERSON.ID, PERSON.FULL_NAME).from(ROSTER_MEMBER)
                .join(PERSON).on(PERSON.ID.eq(ROSTER_MEMBER.PERSON_ID))
                .where(ROSTER_MEMBER.ORGANIZATION_ID.eq(org).and(ROSTER_MEMBER.PROGRAM_ID.eq(programId))
                        .and(ROSTER_MEMBER.ROLE.eq("HIPO")))
                .orderBy(PERSON.FULL_NAME, ROSTER_MEMBER.ID)
                .fetch(r -> new Hipo(r.value1(), r.value2(), r.value3()));
    }

    /** The mentors and coaches of the HiPo's confirmed pairs, people of the directory or external. */
    List<Rater> guides(UUID org, Hipo hipo) {
        RosterMember guide = ROSTER_MEMBER.as("guide");
        return dsl.select(PAIR.KIND, PERSON.FULL_NAME, PERSON.EMAIL, guide.EXTERNAL_NAME, guide.EXTERNAL_EMAIL)
                .from(PAIR).join(guide).on(guide.ID.eq(PAIR.GUIDE_MEMBER_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(guide.PERSON_ID))
                .where(PAIR.ORGANIZATION_ID.eq(org).and(PAIR.HIPO_MEMBER_ID.eq(hipo.memberId()))
                        .and(PAIR.STATUS.eq("CONFIRMED")))
                .orderBy(PAIR.KIND, PAIR.ID)
                .fetch(r -> new Rater(hipo.memberId(), "COACHING".equals(r.value1()) ? RaterRole.COACH : RaterRole.MENTOR,
                        r.value2() != null ? r.value2() : orEmpty(r.value4()),
                        r.value3() != null ? r.value3() : orEmpty(r.value5())));
    }

    Optional<Rater> manager(UUID org, Hipo hipo) {
        Person self = PERSON.as("self");
        return dsl.select(PERSON.FULL_NAME, PERSON.EMAIL).from(self).join(PERSON).on(PERSON.ID.eq(self.MANAGER_ID))
                .where(self.ORGANIZATION_ID.eq(org).and(self.ID.eq(hipo.personId())))
                .fetchOptional(r -> new Rater(hipo.memberId(), RaterRole.MANAGER, r.value1(), r.value2()));
    }

    List<Rater> directReports(UUID org, Hipo hipo) {
        return dsl.select(PERSON.FULL_NAME, PERSON.EMAIL).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(org).and(PERSON.MANAGER_ID.eq(hipo.personId())))
                .orderBy(PERSON.FULL_NAME, PERSON.ID)
                .fetch(r -> new Rater(hipo.memberId(), RaterRole.DIRECT_REPORT, r.value1(), r.value2()));
    }

    /** The directory's people among {@code personIds}, as peers of the HiPo (unknown ids are left out). */
    List<Rater> peers(UUID org, Hipo hipo, Collection<UUID> personIds) {
        return dsl.select(PERSON.FULL_NAME, PERSON.EMAIL).from(PERSON)
                .where(PERSON.ORGANIZATION_ID.eq(org).and(PERSON.ID.in(personIds)).and(PERSON.ID.ne(hipo.personId())))
                .orderBy(PERSON.FULL_NAME, PERSON.ID)
                .fetch(r -> new Rater(hipo.memberId(), RaterRole.PEER, r.value1(), r.value2()));
    }

    // --- Rounds and requests ----------------------------------------------------------------------

    Round insertRound(UUID org, UUID programId, FeedbackPhase phase, List<FeedbackQuestion> questions,
                      OffsetDateTime expiresAt) {
        return dsl.insertInto(FEEDBACK_ROUND)
                .set(FEEDBACK_ROUND.ID, UUID.randomUUID())
                .set(FEEDBACK_ROUND.ORGANIZATION_ID, org)
                .set(FEEDBACK_ROUND.PROGRAM_ID, programId)
                .set(FEEDBACK_ROUND.PHASE, phase.name())
                .set(FEEDBACK_ROUND.QUESTIONS, JSONB.valueOf(json.writeValueAsString(questions)))
                .set(FEEDBACK_ROUND.EXPIRES_AT, expiresAt)
                .returning()
                .fetchSingle(this::toRound);
    }

    UUID insertRequest(UUID org, UUID roundId, Rater rater, OffsetDateTime expiresAt) {
        UUID id = UUID.randomUUID();
        dsl.insertInto(FEEDBACK_REQUEST)
                .set(FEEDBACK_REQUEST.ID, id)
                .set(FEEDBACK_REQUEST.ORGANIZATION_ID, org)
                .set(FEEDBACK_REQUEST.ROUND_ID, roundId)
                .set(FEEDBACK_REQUEST.HIPO_MEMBER_ID, rater.hipoMemberId())
                .set(FEEDBACK_REQUEST.RATER_ROLE, rater.role().name())
                .set(FEEDBACK_REQUEST.RATER_NAME, rater.name())
                .set(FEEDBACK_REQUEST.RATER_EMAIL, rater.email())
                .set(FEEDBACK_REQUEST.EXPIRES_AT, expiresAt)
                .execute();
        return id;
    }

    List<Round> rounds(UUID org, UUID programId) {
        return dsl.selectFrom(FEEDBACK_ROUND)
                .where(FEEDBACK_ROUND.ORGANIZATION_ID.eq(org).and(FEEDBACK_ROUND.PROGRAM_ID.eq(programId)))
                .orderBy(FEEDBACK_ROUND.SENT_AT.desc(), FEEDBACK_ROUND.ID)
                .fetch(this::toRound);
    }

    /** The rounds of every program of the organization that still have open requests. */
    List<Request> openRequests(UUID org) {
        return requests(FEEDBACK_REQUEST.ORGANIZATION_ID.eq(org).and(FEEDBACK_REQUEST.SUBMITTED_AT.isNull()));
    }

    List<Request> requests(UUID org, UUID roundId) {
        return requests(FEEDBACK_REQUEST.ORGANIZATION_ID.eq(org).and(FEEDBACK_REQUEST.ROUND_ID.eq(roundId)));
    }

    Optional<Request> request(UUID org, UUID id) {
        return requests(FEEDBACK_REQUEST.ORGANIZATION_ID.eq(org).and(FEEDBACK_REQUEST.ID.eq(id))).stream().findFirst();
    }

    private List<Request> requests(Condition condition) {
        List<Field<?>> fields = new ArrayList<>(List.of(FEEDBACK_REQUEST.fields()));
        fields.addAll(List.of(FEEDBACK_ROUND.fields()));
        fields.add(PERSON.FULL_NAME);
        return dsl.select(fields)
                .from(FEEDBACK_REQUEST)
                .join(FEEDBACK_ROUND).on(FEEDBACK_ROUND.ID.eq(FEEDBACK_REQUEST.ROUND_ID))
                .join(ROSTER_MEMBER).on(ROSTER_MEMBER.ID.eq(FEEDBACK_REQUEST.HIPO_MEMBER_ID))
                .join(PERSON).on(PERSON.ID.eq(ROSTER_MEMBER.PERSON_ID))
                .where(condition)
                .orderBy(PERSON.FULL_NAME, FEEDBACK_REQUEST.RATER_ROLE, FEEDBACK_REQUEST.RATER_NAME, FEEDBACK_REQUEST.ID)
                .fetch(this::toRequest);
    }

    /** Keeps the rater's draft; false when the request is no longer open. */
    boolean saveDraft(UUID org, UUID id, Map<String, Integer> ratings, String comment) {
        return dsl.update(FEEDBACK_REQUEST)
                .set(FEEDBACK_REQUEST.DRAFT, JSONB.valueOf(json.writeValueAsString(ratings)))
                .set(FEEDBACK_REQUEST.DRAFT_COMMENT, comment)
                .set(FEEDBACK_REQUEST.VERSION, FEEDBACK_REQUEST.VERSION.plus(1))
                .where(open(org, id))
                .execute() == 1;
    }

    /** Marks the request answered with the feedback it became; false when it is no longer open. */
    boolean submit(UUID org, UUID id, UUID feedbackId) {
        return dsl.update(FEEDBACK_REQUEST)
                .set(FEEDBACK_REQUEST.SUBMITTED_AT, OffsetDateTime.now())
                .set(FEEDBACK_REQUEST.FEEDBACK_ID, feedbackId)
                .set(FEEDBACK_REQUEST.DRAFT, JSONB.valueOf("{}"))
                .set(FEEDBACK_REQUEST.DRAFT_COMMENT, "")
                .set(FEEDBACK_REQUEST.VERSION, FEEDBACK_REQUEST.VERSION.plus(1))
                .where(open(org, id))
                .execute() == 1;
    }

    /** A link to the request, by the hash of its token. */
    void insertLink(UUID org, UUID requestId, byte[] tokenHash) {
        dsl.insertInto(FEEDBACK_LINK)
                .set(FEEDBACK_LINK.ID, UUID.randomUUID())
                .set(FEEDBACK_LINK.ORGANIZATION_ID, org)
                .set(FEEDBACK_LINK.REQUEST_ID, requestId)
                .set(FEEDBACK_LINK.TOKEN_HASH, tokenHash)
                .execute();
    }

    /** Notes that the reminder after {@code days} went out; false when the request is no longer open. */
    boolean markReminded(UUID org, UUID id, int days) {
        return dsl.update(FEEDBACK_REQUEST)
                .set(FEEDBACK_REQUEST.REMINDED_AFTER_DAYS,
                        DSL.greatest(FEEDBACK_REQUEST.REMINDED_AFTER_DAYS, DSL.val(days)))
                .set(FEEDBACK_REQUEST.VERSION, FEEDBACK_REQUEST.VERSION.plus(1))
                .where(open(org, id))
                .execute() == 1;
    }

    private static Condition open(UUID org, UUID id) {
        return FEEDBACK_REQUEST.ORGANIZATION_ID.eq(org).and(FEEDBACK_REQUEST.ID.eq(id))
                .and(FEEDBACK_REQUEST.SUBMITTED_AT.isNull()).and(FEEDBACK_REQUEST.EXPIRES_AT.gt(OffsetDateTime.now()));
    }

    /** Which request a token's hash opens, asked before any organization is known. */
    Optional<LinkTarget> find(byte[] tokenHash) {
        return dsl.selectFrom(Routines.openFeedbackRequest(tokenHash))
                .fetchOptional(r -> new LinkTarget(r.getOrganizationId(), r.getRequestId()));
    }

    /** The organization and request a link belongs to. */
    record LinkTarget(UUID organizationId, UUID requestId) {
    }

    String organizationName(UUID org) {
        return dsl.select(ORGANIZATION.NAME).from(ORGANIZATION).where(ORGANIZATION.ID.eq(org)).fetchSingle(r -> r.value1());
    }

    private Round toRound(Record r) {
        return new Round(r.get(FEEDBACK_ROUND.ID), r.get(FEEDBACK_ROUND.PROGRAM_ID),
                FeedbackPhase.valueOf(r.get(FEEDBACK_ROUND.PHASE)),
                json.readValue(r.get(FEEDBACK_ROUND.QUESTIONS).data(), QUESTIONS),
                r.get(FEEDBACK_ROUND.SENT_AT).toInstant(), r.get(FEEDBACK_ROUND.EXPIRES_AT).toInstant());
    }

    private Request toRequest(Record r) {
        OffsetDateTime submitted = r.get(FEEDBACK_REQUEST.SUBMITTED_AT);
        return new Request(r.get(FEEDBACK_REQUEST.ID), r.get(FEEDBACK_REQUEST.ORGANIZATION_ID), toRound(r),
                r.get(FEEDBACK_REQUEST.HIPO_MEMBER_ID), r.get(PERSON.FULL_NAME),
                RaterRole.valueOf(r.get(FEEDBACK_REQUEST.RATER_ROLE)), r.get(FEEDBACK_REQUEST.RATER_NAME),
                r.get(FEEDBACK_REQUEST.RATER_EMAIL), r.get(FEEDBACK_REQUEST.EXPIRES_AT).toInstant(),
                json.readValue(r.get(FEEDBACK_REQUEST.DRAFT).data(), RATINGS), r.get(FEEDBACK_REQUEST.DRAFT_COMMENT),
                submitted == null ? null : submitted.toInstant(), r.get(FEEDBACK_REQUEST.FEEDBACK_ID),
                r.get(FEEDBACK_REQUEST.REMINDED_AFTER_DAYS));
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
