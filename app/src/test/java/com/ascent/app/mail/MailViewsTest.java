package com.ascent.app.mail;

import static com.ascent.app.db.Tables.MAIL_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.mail.ui.OutboxView;
import com.ascent.app.mail.ui.ReminderOptOutView;
import com.ascent.app.organization.ui.OrganizationSettingsView;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Locale;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrators' outbox (no mail server configured here: messages are kept there, readable,
 * links clickable; a failed one can be sent again), the reminder settings on the organization page,
 * and the opt-out page anyone with a reminder's link opens.
 */
class MailViewsTest extends BrowserlessViewTest {

    @Autowired
    MailOutbox outbox;
    @Autowired
    ReminderService reminders;
    @Autowired
    ReminderRepository reminderRepository;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DSLContext dsl;

    @Test
    void theOutboxSaysWhatItHoldsWhenEmptyAndThatNothingIsSentWithoutAServer() {
        accounts.signIn(accounts.newOrganization(Role.ADMIN));
        navigate(OutboxView.class);

        assertThat(test($(Grid.class).id("outbox")).size()).isZero();
        assertThat($(Grid.class).id("outbox").getEmptyStateText()).startsWith("No e-mail yet.");
        assertThat($(Paragraph.class).id("outbox-intro").getText()).startsWith("No mail server is configured");
    }

    @Test
    void anAdministratorReadsAKeptMessageWithItsLinksClickableNewestFirst() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        inOrganization(admin, () -> outbox.queue(new MailRequest("first", admin.organizationId(), "ana@example.com",
                "", Locale.ENGLISH, "INVITATION", "Older", "Hello")));
        inOrganization(admin, () -> outbox.queue(new MailRequest("second", admin.organizationId(), "ben@example.com",
                "Ben", Locale.ENGLISH, "SESSION_SOON", "You are invited",
                "Hello Ben,\nset your password: http://localhost:8080/invitation/abc123.\nSee you")));
        accounts.signIn(admin);
        navigate(OutboxView.class);

        GridTester<Grid<MailMessage>, MailMessage> grid = test($(Grid.class).id("outbox"));
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 1)).isEqualTo("Kept (no mail server)");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Ben <ben@example.com>");
        assertThat(grid.getCellText(0, 3)).isEqualTo("Session reminder");
        assertThat(grid.getCellText(0, 4)).isEqualTo("You are invited");
        assertThat(grid.getCellText(1, 2)).as("an invitation to an address, no name known").isEqualTo("ana@example.com");
        assertThat(grid.getCellText(1, 3)).isEqualTo("Invitation");

        test((Button) grid.getCellComponent(0, 5)).click();
        Div body = $(Div.class).id("outbox-message-body");
        assertThat(body.getElement().getTextRecursively()).contains("Hello Ben,", "See you");
        Anchor link = $(Anchor.class).withText("http://localhost:8080/invitation/abc123").single();
        assertThat(link.getHref()).as("the link ends before the full stop").isEqualTo("http://localhost:8080/invitation/abc123");
        assertThat($(Button.class).withText("Send again").exists()).as("kept, and still no server").isFalse();
    }

    @Test
    void aFailedMessageCanBeSentAgain() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        inOrganization(admin, () -> outbox.queue(new MailRequest("failed", admin.organizationId(), "ana@example.com",
                "Ana", Locale.ENGLISH, "INVITATION", "Welcome", "Hello")));
        inOrganization(admin, () -> dsl.update(MAIL_MESSAGE).set(MAIL_MESSAGE.STATUS, "FAILED")
                .set(MAIL_MESSAGE.ATTEMPTS, 6).set(MAIL_MESSAGE.LAST_ERROR, "Connection refused")
                .where(MAIL_MESSAGE.UNIQUE_KEY.eq("failed")).execute());
        accounts.signIn(admin);
        navigate(OutboxView.class);

        GridTester<Grid<MailMessage>, MailMessage> grid = test($(Grid.class).id("outbox"));
        assertThat(grid.getCellText(0, 1)).isEqualTo("Failed");
        test((Button) grid.getCellComponent(0, 5)).click();
        assertThat($(Span.class).withText("Last error: Connection refused").exists()).isTrue();
        test($(Button.class).id("outbox-send-again")).click();

        MailMessage again = outbox.messages(0, 1).getFirst();
        assertThat(again.status()).as("queued again; without a server it is kept").isEqualTo(MailStatus.HELD);
        assertThat(again.attempts()).isZero();
    }

    @Test
    void hrCannotOpenTheOutbox() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        UI.getCurrent().navigate(OutboxView.class);
        assertThat(getCurrentView()).isNotInstanceOf(OutboxView.class);
    }

    @Test
    void anAdministratorSwitchesARuleOffAndChangesItsDaysOnTheOrganizationPage() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        navigate(OrganizationSettingsView.class);

        assertThat($(Checkbox.class).id("reminders-pair-stalled").getValue()).isTrue();
        test($(Checkbox.class).id("reminders-pair-stalled")).click();
        test($(IntegerField.class).id("reminders-session-soon-days")).setValue(3);
        test($(Button.class).id("save-reminders")).click();

        ReminderSettings saved = reminders.settings();
        assertThat(saved.isOn(ReminderKind.PAIR_STALLED)).isFalse();
        assertThat(saved.isOn(ReminderKind.SESSION_SOON)).isTrue();
        assertThat(saved.sessionSoonDays()).isEqualTo(3);

        test($(IntegerField.class).id("reminders-feedback-second-days")).setValue(2);
        test($(Button.class).id("save-reminders")).click();
        assertThat($(IntegerField.class).id("reminders-feedback-second-days").isInvalid()).isTrue();
        assertThat(reminders.settings().feedbackSecondDays()).isEqualTo(7);
    }

    @Test
    void theOptOutPageStopsTheRemindersOnAClickAndTellsWhenALinkIsNotValid() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        String token = inOrganization(admin, () -> new OptOutToken(admin.organizationId(), "Ana@Example.com",
                ReminderKind.ACTION_ITEM_OVERDUE).sign(reminderRepository.optOutSecret()));

        UI.getCurrent().navigate(ReminderOptOutView.class, token.substring(1));
        assertThat($(Paragraph.class).id("opt-out-message").getText()).startsWith("This link is not valid.");

        UI.getCurrent().navigate(ReminderOptOutView.class, token);
        assertThat($(Paragraph.class).withText("Stop overdue action item reminders to ana@example.com?").exists()).isTrue();
        test($(Button.class).id("opt-out-confirm")).click();
        assertThat($(Paragraph.class).id("opt-out-message").getText())
                .isEqualTo("Done: ana@example.com gets no more overdue action item reminders from this organization.");
        assertThat(inOrganization(admin, () -> reminderRepository.isOptedOut(admin.organizationId(), "ana@example.com",
                ReminderKind.ACTION_ITEM_OVERDUE))).isTrue();
    }

    private <T> T inOrganization(Account account, Supplier<T> work) {
        return OrganizationScope.callAs(account.organizationId(), () -> transactions.execute(tx -> work.get()));
    }
}
