package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.measurement.ui.FeedbackFormView;
import com.ascent.app.measurement.ui.FeedbackRoundsView;
import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.support.TestPairs;
import com.ascent.app.support.TestPairs.Cohort;
import com.ascent.plugin.api.measurement.Feedback;
import com.ascent.plugin.api.measurement.FeedbackPhase;
import com.ascent.plugin.api.measurement.RaterRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rater's form, reached from the e-mail's link without an account, and HR's page of feedback rounds. */
class FeedbackViewsTest extends BrowserlessViewTest {

    @Autowired
    TestPairs pairs;
    @Autowired
    FeedbackRoundService rounds;
    @Autowired
    FeedbackLinkService links;
    @Autowired
    FeedbackOutbox outbox;
    @Autowired
    OrganizationSettingsService organizationSettings;

    @Test
    void aRaterSavesADraftComesBackSubmitsAndTheLinkIsThenUsed() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Cohort cohort = pairs.programWithPairs(hr.organizationId(), LocalDate.of(2027, 1, 11));
        rounds.send(cohort.programId(), FeedbackPhase.BEFORE, new RaterChoice(Set.of(RaterRole.MENTOR), Map.of()));
        String token = outbox.tokenOf(hr.organizationId(), cohort.mia().email());
        accounts.signOut();

        navigate("feedback/" + token, FeedbackFormView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Feedback about Ana Finance");
        assertThat(text()).contains(hr.organizationName() + " asks you, as mentor, how often Ana Finance shows");
        RadioButtonGroup<Integer> overall = question(0);
        assertThat(overall.getLabel()).isEqualTo("Overall, leads as the program intends");
        test($(Button.class).id("submit-feedback")).click();
        assertThat(overall.isInvalid()).isTrue();
        assertThat(overall.getErrorMessage()).isEqualTo("Answer the overall leadership question.");

        overall.setValue(4);
        $(TextArea.class).id("feedback-comment").setValue("Clear priorities");
        test($(Button.class).id("save-draft")).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Draft saved.");

        navigate("feedback/" + token, FeedbackFormView.class);
        assertThat(question(0).getValue()).isEqualTo(4);
        assertThat($(TextArea.class).id("feedback-comment").getValue()).isEqualTo("Clear priorities");
        question(0).setValue(5);
        test($(Button.class).id("submit-feedback")).click();
        assertThat(text()).contains("Thank you. Your feedback was received.");

        navigate("feedback/" + token, FeedbackFormView.class);
        assertThat(text()).contains("This feedback link was already used");
        assertThat($(Button.class).all()).isEmpty();

        navigate("feedback/" + token.substring(1), FeedbackFormView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("This link does not work");
        assertThat(text()).contains("nothing was stored");
    }

    @Test
    void theFormSpeaksTheRatersLanguageHereTheOrganizationsPolish() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        OrganizationSettings settings = organizationSettings.current();
        organizationSettings.save(new OrganizationSettings(settings.currency(), settings.timeZone(),
                settings.formatLocale(), settings.workingWeek(), Locale.of("pl"), settings.weekStart(),
                settings.performanceScale(), settings.potentialScale(), settings.feedbackAnonymityThreshold(),
                settings.version()));
        Cohort cohort = pairs.programWithPairs(admin.organizationId(), LocalDate.of(2027, 1, 11));
        rounds.send(cohort.programId(), FeedbackPhase.BEFORE, new RaterChoice(Set.of(RaterRole.MENTOR), Map.of()));
        String token = outbox.tokenOf(admin.organizationId(), cohort.mia().email());
        accounts.signOut();

        navigate("feedback/" + token, FeedbackFormView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Opinia o Ana Finance");
        assertThat(question(0).getLabel()).isEqualTo("Ogólnie: kieruje tak, jak zakłada program");
        assertThat($(Button.class).id("submit-feedback").getText()).isEqualTo("Wyślij opinię");
    }

    @Test
    void hrSendsARoundSeesTheResponseRateAndTheResultsOnlyFromTheThreshold() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Cohort cohort = pairs.programWithPairs(hr.organizationId(), LocalDate.of(2027, 1, 11));

        navigate("programs/" + cohort.programId() + "/feedback", FeedbackRoundsView.class);
        assertThat(text()).contains("No round has been sent yet.");
        assertThat(phaseChoice().getValue()).as("the first round is the baseline").isEqualTo(FeedbackPhase.BEFORE);
        CheckboxGroup<RaterRole> roles = $(CheckboxGroup.class).id("round-roles");
        assertThat(roles.getItemLabelGenerator().apply(RaterRole.DIRECT_REPORT)).isEqualTo("Direct report");
        test($(Button.class).id("send-round")).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("3 feedback requests sent.");

        var grid = test(roundGrid());
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Ana Finance");
        assertThat(grid.getCellText(0, 1)).isEqualTo("0 of 2");
        assertThat(grid.getCellText(0, 2)).isEqualTo("0 of 3 answers, results shown from 3");

        for (String rater : List.of(cohort.mia().email(), cohort.claire().email())) {
            links.submit(outbox.tokenOf(hr.organizationId(), rater), Map.of(Feedback.OVERALL, 4), "");
        }
        test(buttons("remind-").getFirst()).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("1 reminder sent.");

        navigate("programs/" + cohort.programId() + "/feedback", FeedbackRoundsView.class);
        assertThat(phaseChoice().getValue()).as("after the baseline comes the closing round")
                .isEqualTo(FeedbackPhase.AFTER);
        grid = test(roundGrid());
        assertThat(grid.getCellText(0, 1)).isEqualTo("2 of 2");
        assertThat(grid.getCellText(0, 2)).as("two answers of three needed: still hidden")
                .isEqualTo("2 of 3 answers, results shown from 3");
    }

    @Test
    void viewersSeeTheRoundsButCannotSendOrRemind() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Cohort cohort = pairs.programWithPairs(hr.organizationId(), LocalDate.of(2027, 1, 11));
        rounds.send(cohort.programId(), FeedbackPhase.AFTER, new RaterChoice(Set.of(RaterRole.MENTOR), Map.of()));
        Account viewer = accounts.newColleague(hr, Role.VIEWER);
        accounts.signIn(viewer);

        navigate("programs/" + cohort.programId() + "/feedback", FeedbackRoundsView.class);
        assertThat(test(roundGrid()).size()).isEqualTo(2);
        assertThat(buttons("send-round")).isEmpty();
        assertThat(buttons("remind-")).isEmpty();
    }

    private List<Button> buttons(String idPrefix) {
        return $(Button.class).all().stream().filter(b -> b.getId().orElse("").startsWith(idPrefix)).toList();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> roundGrid() {
        return $(Grid.class).all().stream().filter(g -> g.getId().orElse("").startsWith("round-")).findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> question(int index) {
        return $(RadioButtonGroup.class).id("question-" + index);
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<FeedbackPhase> phaseChoice() {
        return $(RadioButtonGroup.class).id("round-phase");
    }
}
