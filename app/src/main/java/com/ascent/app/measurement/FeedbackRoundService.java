package com.ascent.app.measurement;

import com.ascent.app.mail.MailRequest;
import com.ascent.app.measurement.FeedbackRoundRepository.Hipo;
import com.ascent.app.measurement.FeedbackRoundRepository.Rater;
import com.ascent.app.measurement.FeedbackRoundRepository.Request;
import com.ascent.app.measurement.FeedbackRoundRepository.Round;
import com.ascent.app.measurement.FeedbackRoundOverview.HipoResponses;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.security.SecretTokens;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackPhase;
import com.ascent.plugin.api.measurement.RaterRole;
import com.ascent.plugin.api.objectives.Objective;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 360 feedback rounds as HR runs them: a round asks the chosen raters of every HiPo by e-mail, each
 * with a single-use link that expires; HR sees the response rate per HiPo and the results only from
 * the anonymity threshold on (the same rule as the measurement step, which counts the answers too),
 * and reminds those who have not answered, nobody else.
 */
@Service
public class FeedbackRoundService {

    /** How long a rater's link works. */
    static final Duration LINK_VALID = Duration.ofDays(21);

    private final FeedbackRoundRepository rounds;
    private final MeasurementRepository measurement;
    private final ProgramMeasurementService measurementService;
    private final ObjectivesService objectives;
    private final FeedbackMail mail;
    private final Clock clock;

    FeedbackRoundService(FeedbackRoundRepository rounds, MeasurementRepository measurement,
                         ProgramMeasurementService measurementService, ObjectivesService objectives, FeedbackMail mail) {
        this.rounds = rounds;
        this.measurement = measurement;
        this.measurementService = measurementService;
        this.objectives = objectives;
        this.mail = mail;
        this.clock = Clock.systemUTC();
    }

    /**
     * Sends a round: the overall question and one per objective of the program, to the chosen raters
     * of every HiPo (a rater without an e-mail address is left out, a rater named twice for a HiPo is
     * asked once). Refused when nobody would be asked.
     */
    @Transactional
    @RolesAllowed("HR")
    public FeedbackRoundOverview send(UUID programId, FeedbackPhase phase, RaterChoice choice) {
        UUID org = measurementService.program(programId);
        List<Rater> raters = raters(org, programId, choice);
        if (raters.isEmpty()) {
            throw new InvalidInputException("raters", "feedback360.error.noRaters");
        }
        List<FeedbackQuestion> questions = new ArrayList<>();
        questions.add(new FeedbackQuestion(Feedback.OVERALL, ""));
        for (Objective objective : objectives.list(programId)) {
            questions.add(new FeedbackQuestion(objective.id().toString(), objective.title()));
        }
        Instant expires = clock.instant().plus(LINK_VALID);
        Round round = rounds.insertRound(org, programId, phase, questions, FeedbackRoundRepository.utc(expires));
        String organizationName = rounds.organizationName(org);
        Map<UUID, String> tokens = new LinkedHashMap<>();
        for (Rater rater : raters) {
            UUID request = rounds.insertRequest(org, round.id(), rater, FeedbackRoundRepository.utc(expires));
            tokens.put(request, newLink(org, request));
        }
        for (Request request : rounds.requests(org, round.id())) {
            mail.queue(mail.request(request, organizationName, tokens.get(request.id())));
        }
        return overview(org, round, rounds.requests(org, round.id()));
    }

    /** Who would be asked about each HiPo, for HR to check before sending. */
    @Transactional(readOnly = true)
    @RolesAllowed("HR")
    public Map<UUID, List<String>> preview(UUID programId, RaterChoice choice) {
        UUID org = measurementService.program(programId);
        return raters(org, programId, choice).stream().collect(Collectors.groupingBy(Rater::hipoMemberId,
                LinkedHashMap::new, Collectors.mapping(Rater::name, Collectors.toList())));
    }

    /** The program's rounds, newest first, with response rates and results within the anonymity threshold. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<FeedbackRoundOverview> rounds(UUID programId) {
        UUID org = measurementService.program(programId);
        return rounds.rounds(org, programId).stream()
                .map(round -> overview(org, round, rounds.requests(org, round.id())))
                .toList();
    }

    /**
     * Reminds the raters of a round who have not answered yet and whose link has not expired, each
     * with a link of its own (the first one works too, the draft stays); at most once a day per rater.
     *
     * @return how many reminders were sent
     */
    @Transactional
    @RolesAllowed("HR")
    public int remindNonResponders(UUID programId, UUID roundId) {
        UUID org = measurementService.program(programId);
        if (rounds.rounds(org, programId).stream().noneMatch(r -> r.id().equals(roundId))) {
            throw new ConcurrentEditException("feedback360.error.roundGone");
        }
        String organizationName = rounds.organizationName(org);
        String today = LocalDate.now(clock).toString();
        int sent = 0;
        for (Request request : rounds.requests(org, roundId)) {
            if (awaited(request) && remind(org, request, organizationName, today)) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * The reminders due today to raters who have not answered: one per rater and threshold (days
     * after the round was sent, the highest reached), each with a link of its own, for the daily
     * reminder run of the organization (bound to this thread). The caller queues them in the same
     * transaction; a reminder it drops (the rater opted out) leaves the earlier links working.
     */
    @Transactional
    public List<MailRequest> dueReminders(UUID org, LocalDate today, List<Integer> afterDays) {
        List<MailRequest> due = new ArrayList<>();
        String organizationName = null;
        for (Request request : rounds.openRequests(org)) {
            if (!awaited(request)) {
                continue;
            }
            LocalDate sentOn = request.round().sentAt().atOffset(ZoneOffset.UTC).toLocalDate();
            int threshold = afterDays.stream()
                    .filter(days -> !today.isBefore(sentOn.plusDays(days)) && days > request.remindedAfterDays())
                    .mapToInt(Integer::intValue).max().orElse(0);
            if (threshold == 0) {
                continue;
            }
            if (organizationName == null) {
                organizationName = rounds.organizationName(org);
            }
            if (rounds.markReminded(org, request.id(), threshold)) {
                due.add(mail.reminder(request, organizationName, newLink(org, request.id()),
                        "after-" + threshold + "-days"));
            }
        }
        return due;
    }

    private boolean remind(UUID org, Request request, String organizationName, String day) {
        String token = SecretTokens.newToken();
        // The link is stored only when the reminder goes out: a second one the same day is not queued.
        if (!mail.queue(mail.reminder(request, organizationName, token, day))) {
            return false;
        }
        rounds.insertLink(org, request.id(), SecretTokens.hash(token));
        return true;
    }

    /** A new link to the request; returns its token, of which only the hash is kept. */
    private String newLink(UUID org, UUID requestId) {
        String token = SecretTokens.newToken();
        rounds.insertLink(org, requestId, SecretTokens.hash(token));
        return token;
    }

    private boolean awaited(Request request) {
        return request.submittedAt() == null && request.expiresAt().isAfter(clock.instant());
    }

    private FeedbackRoundOverview overview(UUID org, Round round, List<Request> requests) {
        int threshold = measurementService.anonymityThreshold(org, round.programId());
        Map<UUID, Feedback> answers = measurement.feedback(org, round.programId()).stream()
                .collect(Collectors.toMap(Feedback::id, Function.identity()));
        Map<UUID, List<Request>> byHipo = requests.stream()
                .collect(Collectors.groupingBy(Request::hipoMemberId, LinkedHashMap::new, Collectors.toList()));
        List<HipoResponses> hipos = byHipo.values().stream().map(asked -> {
            Request first = asked.getFirst();
            List<Feedback> given = asked.stream().filter(r -> r.feedbackId() != null)
                    .map(r -> answers.get(r.feedbackId())).filter(f -> f != null).toList();
            int answered = (int) asked.stream().filter(r -> r.submittedAt() != null).count();
            return new HipoResponses(first.hipoMemberId(), first.hipoName(), asked.size(), answered,
                    FeedbackAnonymity.summarize(first.hipoMemberId(), first.hipoName(), given, threshold), threshold);
        }).toList();
        return new FeedbackRoundOverview(round.id(), round.phase(), round.sentAt(), round.expiresAt(), hipos);
    }

    private List<Rater> raters(UUID org, UUID programId, RaterChoice choice) {
        List<Rater> raters = new ArrayList<>();
        for (Hipo hipo : rounds.hipos(org, programId)) {
            Set<String> emails = new HashSet<>();
            List<Rater> candidates = new ArrayList<>();
            candidates.addAll(rounds.guides(org, hipo));
            rounds.manager(org, hipo).ifPresent(candidates::add);
            candidates.addAll(rounds.directReports(org, hipo));
            candidates.addAll(rounds.peers(org, hipo, choice.peersByHipo().getOrDefault(hipo.memberId(), List.of())));
            for (Rater rater : candidates) {
                boolean chosen = rater.role() == RaterRole.PEER || choice.roles().contains(rater.role());
                if (chosen && !rater.email().isBlank() && emails.add(rater.email().strip().toLowerCase())) {
                    raters.add(rater);
                }
            }
        }
        return raters;
    }
}
