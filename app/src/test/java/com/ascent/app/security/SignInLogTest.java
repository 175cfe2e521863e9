package com.ascent.app.security;

import static com.ascent.app.db.Tables.SIGN_IN_ATTEMPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.format.DayRange;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** The administrators' sign-in log: filtered by period, e-mail and outcome, and downloaded as CSV. */
@IntegrationTest
class SignInLogTest {

    @Autowired
    SignInLog log;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganizationSettingsService settings;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void theFiltersNarrowThePeriodTheEmailAndTheOutcome() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account anna = accounts.newColleague(admin, Role.HR);
        Account stranger = accounts.newOrganization(Role.HR);
        accounts.signIn(admin);
        ZoneId zone = settings.current().timeZone();
        LocalDate today = LocalDate.now(zone);
        LocalDate lastMonth = today.minusMonths(1);
        attempt(anna.email(), SignInOutcome.FAILURE, lastMonth);
        attempt(anna.email(), SignInOutcome.SUCCESS, today);
        attempt(admin.email(), SignInOutcome.SUCCESS, today);
        attempt(admin.email(), SignInOutcome.LOCKED, today);
        attempt(stranger.email(), SignInOutcome.FAILURE, today);

        assertThat(log.count(SignInFilter.ALL)).as("not the stranger's").isEqualTo(4);
        assertThat(log.list(new SignInFilter(DayRange.ALL, anna.email().substring(0, 9).toUpperCase(), null), 0, 10))
                .extracting(SignInRecord::outcome).containsExactly(SignInOutcome.SUCCESS, SignInOutcome.FAILURE);
        assertThat(log.list(new SignInFilter(DayRange.ALL, "", SignInOutcome.FAILURE), 0, 10))
                .extracting(SignInRecord::email).containsExactly(anna.email());
        assertThat(log.count(new SignInFilter(new DayRange(lastMonth, lastMonth), "", null))).isEqualTo(1);
        assertThat(log.count(new SignInFilter(new DayRange(today, null), "", null))).isEqualTo(3);
        assertThat(log.count(new SignInFilter(new DayRange(null, today.minusDays(1)), "", SignInOutcome.SUCCESS)))
                .isZero();
        assertThat(log.list(SignInFilter.ALL, 1, 2)).hasSize(2);
        assertThat(log.count(new SignInFilter(DayRange.ALL, "%", null))).as("% is a character, not a wildcard")
                .isZero();
    }

    @Test
    void theCsvHoldsTheFilteredAttemptsInTheReadersWords() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        LocalDate today = LocalDate.now(settings.current().timeZone());
        attempt(admin.email(), SignInOutcome.FAILURE, today);
        attempt(admin.email(), SignInOutcome.SUCCESS, today);

        StringWriter polish = new StringWriter();
        log.exportCsv(new SignInFilter(DayRange.ALL, "", SignInOutcome.FAILURE), Locale.of("pl"), polish);
        List<String> lines = polish.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Czas,Imię i nazwisko,E-mail,Adres,Wynik");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).endsWith(",Test admin," + admin.email() + ",10.0.0.1,Błędne hasło");
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        assertThatThrownBy(() -> log.list(SignInFilter.ALL, 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> log.exportCsv(SignInFilter.ALL, Locale.ENGLISH, new StringWriter()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    /** An attempt at noon of {@code day} in the organization's zone. */
    private void attempt(String email, SignInOutcome outcome, LocalDate day) {
        dsl.insertInto(SIGN_IN_ATTEMPT)
                .set(SIGN_IN_ATTEMPT.EMAIL, email.toLowerCase(Locale.ROOT))
                .set(SIGN_IN_ATTEMPT.ADDRESS, "10.0.0.1")
                .set(SIGN_IN_ATTEMPT.OUTCOME, outcome.name())
                .set(SIGN_IN_ATTEMPT.ATTEMPTED_AT, day.atTime(12, 0).atZone(settings.current().timeZone())
                        .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC))
                .execute();
    }
}
