package com.ascent.app.measurement;

import static com.ascent.app.db.Tables.FEEDBACK;
import static com.ascent.app.db.Tables.FEEDBACK_LINK;
import static com.ascent.app.db.Tables.FEEDBACK_REQUEST;
import static com.ascent.app.db.Tables.FEEDBACK_ROUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.mail.MailRequest;
import com.ascent.app.mail.ReminderRunner;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPairs;
import com.ascent.app.support.TestPairs.Cohort;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackPhase;
import com.ascent.plugin.api.measurement.FeedbackSummary;
import com.ascent.plugin.api.measurement.MeasurementSettings;
import com.ascent.plugin.api.measurement.RaterRole;
import com.ascent.plugin.api.progress.ParticipantProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.dao.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 360 feedback by link: who is asked, what a link lets its rater do (and nothing more), that the
 * answers count where measurement reads feedback, the anonymity threshold, and reminders that reach
 * only those who have not answered.
 */
@IntegrationTest
class FeedbackRoundServiceTest {

    private static final Set<RaterRole> ALL_ROLES =
            EnumSet.of(RaterRole.MENTOR, RaterRole.COACH, RaterRole.MANAGER, RaterRole.DIRECT_REPORT);

    @Autowired
    FeedbackRoundService rounds;
    @Autowired
    FeedbackLinkService links;
    @Autowired
    ProgramMeasurementService measurement;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPairs pairs;
    @Autowired
    TestPeople people;
    @Autowired
    FeedbackOutbox outbox;
    @Autowired
    ParticipantProgressService progress;
    @Autowired
    ReminderRunner reminderRunner;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;

    Account hr;
    Cohort cohort;
    UUID peer;

    @BeforeEach
    void programWithPairsAManagerAndDirectReports() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        cohort = pairs.programWithPairs(hr.organizationId(), LocalDate.of(2027, 1, 11));
        UUID ana = cohort.ana().person().id();
        UUID boss = people.add(hr.organizationId(), Spec.of("Bruno Boss " + UUID.randomUUID(), "Finance", 12));
        setManager(ana, boss);
        people.addAll(hr.organizationId(), List.of(Spec.of("Rita Report", "Finance", 3).managedBy(ana),
                Spec.of("Rick Report", "Finance", 3).managedBy(ana)));
        peer = people.add(hr.organizationId(), Spec.of("Pia Peer", "Finance", 5));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aRoundAsksEveryChosenRaterOnceWithALinkOfTheirOwn() {
        FeedbackRoundOverview round = send(Map.of(cohort.ana().id(), List.of(peer, peer)));

        Map<UUID, Integer> asked = round.hipos().stream()
                .collect(java.util.stream.Collectors.toMap(h -> h.hipoMemberId(), h -> h.asked()));
        // Ana: mentor Mia, coach Claire (external), her manager, two direct reports, one peer named twice.
        assertThat(asked).containsEntry(cohort.ana().id(), 6).containsEntry(cohort.ben().id(), 1);
        List<MailRequest> mails = outbox.requests(hr.organizationId());
        assertThat(mails).hasSize(7).extracting(MailRequest::recipientEmail)
                .contains("claire@coaching.example", "pia.peer@example.com", "rita.report@example.com")
                .doesNotHaveDuplicates();
        assertThat(mails).allSatisfy(m -> assertThat(m.body()).contains("/feedback/"));
        assertThat(mails.stream().map(FeedbackOutbox::token).distinct()).hasSize(7);
        // Only hashes are kept, and the application's role cannot even read them back (nor export them).
        assertThatThrownBy(() -> OrganizationScope.callAs(hr.organizationId(), () -> transactions.execute(tx ->
                dsl.fetch("select token_hash from ascent.feedback_link"))))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void onlyChosenRolesAreAskedAndARoundWithNobodyIsRefused() {
        FeedbackRoundOverview managersOnly = rounds.send(cohort.programId(), FeedbackPhase.AFTER,
                new RaterChoice(Set.of(RaterRole.MANAGER), Map.of()));
        assertThat(outbox.requests(hr.organizationId())).extracting(MailRequest::recipientName)
                .singleElement().asString().startsWith("Bruno Boss");

        assertThatThrownBy(() -> rounds.send(cohort.programId(), FeedbackPhase.AFTER,
                new RaterChoice(Set.of(), Map.of(cohort.ben().id(), List.of()))))
                .isInstanceOf(InvalidInputException.class).hasMessage("feedback360.error.noRaters");
        assertThat(rounds.rounds(cohort.programId())).hasSize(1);
    }

    @Test
    void aDraftKeepsTheLinkASubmitUsesItUpAndCountsInMeasurement() {
        FeedbackRoundOverview round = send(Map.of());
        String token = outbox.tokenOf(hr.organizationId(), "rita.report@example.com");

        RaterForm form = links.open(token).orElseThrow();
        assertThat(form.state()).isEqualTo(RaterForm.State.OPEN);
        assertThat(form.hipoName()).isEqualTo("Ana Finance");
        assertThat(form.role()).isEqualTo(RaterRole.DIRECT_REPORT);
        assertThat(form.questions()).first().extracting(FeedbackQuestion::key).isEqualTo(Feedback.OVERALL);

        links.saveDraft(token, Map.of(Feedback.OVERALL, 4), "Listens well");
        RaterForm again = links.open(token).orElseThrow();
        assertThat(again.draft()).containsEntry(Feedback.OVERALL, 4);
        assertThat(again.comment()).isEqualTo("Listens well");
        assertThat(feedbackRows()).isZero();

        links.submit(token, Map.of(Feedback.OVERALL, 5), "Listens very well");
        assertThat(links.open(token).orElseThrow().state()).isEqualTo(RaterForm.State.USED);
        assertThat(links.open(token).orElseThrow().draft()).isEmpty();
        refusedLink(() -> links.submit(token, Map.of(Feedback.OVERALL, 1), ""));
        refusedLink(() -> links.saveDraft(token, Map.of(Feedback.OVERALL, 1), ""));
        assertThat(feedbackRows()).isOne();

        FeedbackSummary ana = measurement.feedbackSummaries(cohort.programId()).stream()
                .filter(s -> s.hipoMemberId().equals(cohort.ana().id())).findFirst().orElseThrow();
        assertThat(ana.responses()).isOne();
        assertThat(answered(rounds.rounds(cohort.programId()).getFirst(), cohort.ana().id())).isOne();
    }

    @Test
    void aRaterSignedInAsAParticipantOfTheOrganizationAnswersFromTheLinkAsAnyRaterWould() {
        send(Map.of());
        String token = outbox.tokenOf(hr.organizationId(), "rita.report@example.com");
        UUID rita = OrganizationScope.callAs(hr.organizationId(), () -> transactions.execute(tx -> dsl.resultQuery(
                "select id from ascent.person where full_name = 'Rita Report'").fetchSingle(0, UUID.class)));
        // In the same browser Rita may be signed in to My program, where she sees no feedback at all.
        accounts.signIn(accounts.newParticipant(hr, rita));

        links.saveDraft(token, Map.of(Feedback.OVERALL, 4), "Listens well");
        links.submit(token, Map.of(Feedback.OVERALL, 5), "Listens very well");

        accounts.signIn(hr);
        assertThat(links.open(token).orElseThrow().state()).isEqualTo(RaterForm.State.USED);
    }

    @Test
    void anAlteredOrExpiredLinkStoresNothingAndARaterCannotAnswerAnotherQuestionnaire() {
        FeedbackRoundOverview round = send(Map.of());
        String token = outbox.tokenOf(hr.organizationId(), "rita.report@example.com");
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

        assertThat(links.open(altered)).isEmpty();
        refusedLink(() -> links.submit(altered, Map.of(Feedback.OVERALL, 5), ""));
        refusedLink(() -> links.saveDraft("", Map.of(Feedback.OVERALL, 5), ""));

        assertThatThrownBy(() -> links.submit(token, Map.of(Feedback.OVERALL, 5, UUID.randomUUID().toString(), 3), ""))
                .isInstanceOf(InvalidInputException.class).hasMessage("feedback360.error.unknownQuestion");
        assertThatThrownBy(() -> links.submit(token, Map.of(Feedback.OVERALL, 9), ""))
                .isInstanceOf(InvalidInputException.class).hasMessage("measurement.error.ratingRange");
        assertThatThrownBy(() -> links.submit(token, Map.of(), ""))
                .isInstanceOf(InvalidInputException.class).hasMessage("measurement.error.overallRequired");

        expire(round);
        assertThat(links.open(token).orElseThrow().state()).isEqualTo(RaterForm.State.EXPIRED);
        refusedLink(() -> links.submit(token, Map.of(Feedback.OVERALL, 5), ""));
        refusedLink(() -> links.saveDraft(token, Map.of(Feedback.OVERALL, 5), ""));
        assertThat(feedbackRows()).isZero();
        assertThat(rounds.remindNonResponders(cohort.programId(), round.id())).isZero();
    }

    @Test
    void resultsStayHiddenUntilTheAnonymityThresholdIsReached() {
        measurement.saveSettings(cohort.programId(), new MeasurementSettings(0, "EUR", BigDecimal.TEN, 3));
        FeedbackRoundOverview round = send(Map.of());
        List<String> raters = List.of("rita.report@example.com", "rick.report@example.com",
                cohort.mia().email());
        for (int i = 0; i < 2; i++) {
            links.submit(outbox.tokenOf(hr.organizationId(), raters.get(i)), Map.of(Feedback.OVERALL, 4), "");
        }
        FeedbackRoundOverview.HipoResponses twoAnswers = ana(rounds.rounds(cohort.programId()).getFirst());
        assertThat(twoAnswers.answered()).isEqualTo(2);
        assertThat(twoAnswers.threshold()).isEqualTo(3);
        assertThat(twoAnswers.results().visible()).isFalse();
        assertThat(twoAnswers.results().overallAverage()).isNull();

        links.submit(outbox.tokenOf(hr.organizationId(), raters.get(2)), Map.of(Feedback.OVERALL, 1), "");
        FeedbackRoundOverview.HipoResponses threeAnswers = ana(rounds.rounds(cohort.programId()).getFirst());
        assertThat(threeAnswers.results().visible()).isTrue();
        assertThat(threeAnswers.results().overallAverage()).isEqualByComparingTo("3.00");
    }

    @Test
    void remindersReachOnlyRatersWhoHaveNotAnsweredOnceADayWithANewLinkThatKeepsTheDraft() {
        FeedbackRoundOverview round = send(Map.of());
        String rita = outbox.tokenOf(hr.organizationId(), "rita.report@example.com");
        String rick = outbox.tokenOf(hr.organizationId(), "rick.report@example.com");
        links.submit(rita, Map.of(Feedback.OVERALL, 4), "");
        links.saveDraft(rick, Map.of(Feedback.OVERALL, 2), "Draft");

        int sent = rounds.remindNonResponders(cohort.programId(), round.id());

        assertThat(sent).isEqualTo(6); // Ana and Ben's seven raters but Rita, who answered
        List<MailRequest> reminders = outbox.reminders(hr.organizationId());
        assertThat(reminders).hasSize(6).extracting(MailRequest::recipientEmail)
                .doesNotContain("rita.report@example.com").contains("rick.report@example.com");
        assertThat(rounds.remindNonResponders(cohort.programId(), round.id())).isZero();
        // The reminder's link opens the same request with its draft; the first link works too.
        String newRick = FeedbackOutbox.token(reminders.stream()
                .filter(m -> m.recipientEmail().equals("rick.report@example.com")).findFirst().orElseThrow());
        assertThat(newRick).isNotEqualTo(rick);
        assertThat(links.open(newRick).orElseThrow().draft()).containsEntry(Feedback.OVERALL, 2);
        links.submit(rick, Map.of(Feedback.OVERALL, 2), "");
        assertThat(links.open(newRick).orElseThrow().state()).as("one answer per rater, whichever link")
                .isEqualTo(RaterForm.State.USED);
    }

    @Test
    void theDailyRunRemindsAfterThreeAndSevenDaysOnlyThoseWhoHaveNotAnswered() {
        FeedbackRoundOverview round = send(Map.of());
        links.submit(outbox.tokenOf(hr.organizationId(), "rita.report@example.com"), Map.of(Feedback.OVERALL, 4), "");
        LocalDate sent = LocalDate.now(java.time.ZoneOffset.UTC);

        assertThat(due(sent.plusDays(2))).isEmpty();
        List<MailRequest> afterThree = due(sent.plusDays(3));
        assertThat(afterThree).hasSize(6).extracting(MailRequest::recipientEmail)
                .doesNotContain("rita.report@example.com");
        assertThat(due(sent.plusDays(4))).isEmpty();
        assertThat(due(sent.plusDays(8))).hasSize(6).extracting(MailRequest::uniqueKey)
                .allSatisfy(key -> assertThat(key).endsWith("after-7-days"));
        assertThat(due(sent.plusDays(9))).isEmpty();
    }

    @Test
    void theDailyReminderRunMailsOnlyRatersWhoHaveNotAnsweredOncePerThreshold() {
        send(Map.of());
        links.submit(outbox.tokenOf(hr.organizationId(), "rita.report@example.com"), Map.of(Feedback.OVERALL, 4), "");
        LocalDate sent = LocalDate.now(java.time.ZoneOffset.UTC);

        assertThat(reminderRunner.run(hr.organizationId(), sent.plusDays(3))).isEqualTo(6);
        assertThat(reminderRunner.run(hr.organizationId(), sent.plusDays(3))).as("the same day again").isZero();
        List<MailRequest> reminders = outbox.reminders(hr.organizationId());
        assertThat(reminders).hasSize(6).extracting(MailRequest::recipientEmail)
                .doesNotContain("rita.report@example.com");
        // Each reminder's link opens the rater's form.
        assertThat(reminders).allSatisfy(m ->
                assertThat(links.open(FeedbackOutbox.token(m)).orElseThrow().state()).isEqualTo(RaterForm.State.OPEN));
    }

    @Test
    void stepPluginsSeeEachHiposResponseRate() {
        FeedbackRoundOverview round = send(Map.of());
        links.submit(outbox.tokenOf(hr.organizationId(), "rita.report@example.com"), Map.of(Feedback.OVERALL, 4), "");

        ParticipantProgress ana = progress.participants(cohort.programId()).stream()
                .filter(p -> p.hipoMemberId().equals(cohort.ana().id())).findFirst().orElseThrow();
        assertThat(ana.hipoName()).isEqualTo("Ana Finance");
        assertThat(ana.feedbackRounds()).singleElement().satisfies(rate -> {
            assertThat(rate.roundId()).isEqualTo(round.id());
            assertThat(rate.phase()).isEqualTo(FeedbackPhase.BEFORE);
            assertThat(rate.asked()).isEqualTo(6);
            assertThat(rate.answered()).isOne();
        });
        assertThat(ana.sessionsHeld()).isZero();
    }

    @Test
    void anotherOrganizationSeesNeitherRoundsNorRequests() {
        send(Map.of());
        Account other = accounts.newOrganization(Role.HR);
        int[] visible = OrganizationScope.callAs(other.organizationId(), () -> transactions.execute(tx -> new int[] {
                dsl.fetchCount(FEEDBACK_ROUND), dsl.fetchCount(FEEDBACK_REQUEST), dsl.fetchCount(FEEDBACK_LINK)}));
        assertThat(visible).containsExactly(0, 0, 0);
        int[] own = OrganizationScope.callAs(hr.organizationId(), () -> transactions.execute(tx -> new int[] {
                dsl.fetchCount(FEEDBACK_ROUND), dsl.fetchCount(FEEDBACK_REQUEST), dsl.fetchCount(FEEDBACK_LINK)}));
        assertThat(own).containsExactly(1, 7, 7);
    }

    private List<MailRequest> due(LocalDate today) {
        return OrganizationScope.callAs(hr.organizationId(), () -> rounds.dueReminders(hr.organizationId(), today, List.of(3, 7)));
    }

    private FeedbackRoundOverview send(Map<UUID, List<UUID>> peers) {
        Map<UUID, List<UUID>> chosen = peers.isEmpty() ? Map.of(cohort.ana().id(), List.of(peer)) : peers;
        return rounds.send(cohort.programId(), FeedbackPhase.BEFORE, new RaterChoice(ALL_ROLES, chosen));
    }

    private FeedbackRoundOverview.HipoResponses ana(FeedbackRoundOverview round) {
        return round.hipos().stream().filter(h -> h.hipoMemberId().equals(cohort.ana().id())).findFirst().orElseThrow();
    }

    private static int answered(FeedbackRoundOverview round, UUID hipo) {
        return round.hipos().stream().filter(h -> h.hipoMemberId().equals(hipo)).findFirst().orElseThrow().answered();
    }

    private int feedbackRows() {
        return OrganizationScope.callAs(hr.organizationId(), () -> transactions.execute(tx -> dsl.fetchCount(FEEDBACK)));
    }

    private void expire(FeedbackRoundOverview round) {
        OrganizationScope.runAs(hr.organizationId(), () -> transactions.executeWithoutResult(tx ->
                dsl.update(FEEDBACK_REQUEST).set(FEEDBACK_REQUEST.EXPIRES_AT, OffsetDateTime.now().minusMinutes(1))
                        .where(FEEDBACK_REQUEST.ROUND_ID.eq(round.id())).execute()));
    }

    private void setManager(UUID person, UUID manager) {
        OrganizationScope.runAs(hr.organizationId(), () -> transactions.executeWithoutResult(tx ->
                dsl.update(com.ascent.app.db.Tables.PERSON).set(com.ascent.app.db.Tables.PERSON.MANAGER_ID, manager)
                        .where(com.ascent.app.db.Tables.PERSON.ID.eq(person)).execute()));
    }

    private static void refusedLink(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(InvalidInputException.class)
                .hasMessage("feedback360.error.linkClosed");
    }
}
