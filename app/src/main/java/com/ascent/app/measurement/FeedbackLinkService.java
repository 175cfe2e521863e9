package com.ascent.app.measurement;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.measurement.FeedbackRoundRepository.LinkTarget;
import com.ascent.app.measurement.FeedbackRoundRepository.Request;
import com.ascent.app.security.SecretTokens;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackDraft;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rater's side of a feedback link, without an account: the token is the only key. It opens one
 * request of one organization, in that organization's scope; the rater reads the questions and their
 * own draft, never anyone else's answers. Saving a draft keeps the link; submitting uses it up and
 * stores the answer as feedback the measurement step counts. An expired, used or unknown (altered)
 * link stores nothing.
 */
@Service
public class FeedbackLinkService {

    private final FeedbackRoundRepository rounds;
    private final ProgramMeasurementService measurement;
    private final FeedbackMail mail;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    FeedbackLinkService(FeedbackRoundRepository rounds, ProgramMeasurementService measurement, FeedbackMail mail,
                        TransactionTemplate transactions) {
        this.rounds = rounds;
        this.measurement = measurement;
        this.mail = mail;
        this.transactions = transactions;
    }

    /** The form a token opens; empty for a token that opens nothing (unknown or altered). */
    public Optional<RaterForm> open(String token) {
        return inScopeOf(token, (org, request) -> {
            RaterForm.State state = request.submittedAt() != null ? RaterForm.State.USED
                    : request.expiresAt().isAfter(clock.instant()) ? RaterForm.State.OPEN : RaterForm.State.EXPIRED;
            return new RaterForm(state, rounds.organizationName(org), request.hipoName(), request.role(),
                    request.round().questions(), state == RaterForm.State.OPEN ? request.draft() : Map.of(),
                    state == RaterForm.State.OPEN ? request.draftComment() : "", request.expiresAt(),
                    mail.languageOf(request));
        });
    }

    /** Keeps what the rater answered so far; the link stays good. Refused for a link that is not open. */
    public void saveDraft(String token, Map<String, Integer> ratings, String comment) {
        boolean saved = inScopeOf(token, (org, request) -> {
            Map<String, Integer> answers = checked(request, ratings);
            return rounds.saveDraft(org, request.id(), answers, InputText.text("comment", comment));
        }).orElse(false);
        if (!saved) {
            throw new InvalidInputException("token", "feedback360.error.linkClosed");
        }
    }

    /** Submits the answer and uses the link up. Refused for a link that is not open, nothing stored. */
    public void submit(String token, Map<String, Integer> ratings, String comment) {
        boolean submitted = inScopeOf(token, (org, request) -> {
            if (request.submittedAt() != null || !request.expiresAt().isAfter(clock.instant())) {
                return false;
            }
            Map<String, Integer> answers = checked(request, ratings);
            Feedback feedback = measurement.storeFeedback(org, request.round().programId(), new FeedbackDraft(
                    request.hipoMemberId(), request.role(), LocalDate.now(clock), answers, comment));
            if (!rounds.submit(org, request.id(), feedback.id())) {
                // Answered or expired meanwhile (a second tab): the feedback above is rolled back.
                throw new InvalidInputException("token", "feedback360.error.linkClosed");
            }
            return true;
        }).orElse(false);
        if (!submitted) {
            throw new InvalidInputException("token", "feedback360.error.linkClosed");
        }
    }

    /**
     * Only the round's questions, rated 1 to 5 (a draft is checked like a response; what a submitted
     * response must hold besides is the measurement's rule, applied when it is stored).
     */
    private static Map<String, Integer> checked(Request request, Map<String, Integer> ratings) {
        Set<String> keys = request.round().questions().stream().map(FeedbackQuestion::key).collect(Collectors.toSet());
        if (!keys.containsAll(ratings.keySet())) {
            throw new InvalidInputException("ratings", "feedback360.error.unknownQuestion");
        }
        if (ratings.values().stream().anyMatch(r -> r == null || r < 1 || r > 5)) {
            throw new InvalidInputException("ratings", "measurement.error.ratingRange");
        }
        return ratings;
    }

    /**
     * Runs {@code work} in one transaction in the organization of the token's request; empty when the
     * token opens nothing. The look-up needs no organization: a database function compares the hash.
     */
    private <T> Optional<T> inScopeOf(String token, RequestWork<T> work) {
        Optional<LinkTarget> target = transactions.execute(status -> rounds.find(SecretTokens.hash(token)));
        if (target == null || target.isEmpty()) {
            return Optional.empty();
        }
        LinkTarget link = target.get();
        Supplier<Optional<T>> inTransaction = () -> transactions.execute(status ->
                rounds.request(link.organizationId(), link.requestId())
                        .map(request -> work.apply(link.organizationId(), request)));
        return OrganizationScope.callAsLinkHolder(link.organizationId(), inTransaction);
    }

    @FunctionalInterface
    private interface RequestWork<T> {
        T apply(UUID organizationId, Request request);
    }
}
