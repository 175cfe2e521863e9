package com.ascent.app.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.Member;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.UserAdministrationService;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Choosing a new password: forced after an administrator's reset, or from Preferences. */
class ChangePasswordViewTest extends BrowserlessViewTest {

    static final String NEW_PASSWORD = "seven blue herons at dusk";

    @Autowired
    UserAdministrationService users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void afterAResetEveryPageLeadsToChoosingANewPasswordUntilItIsDone() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account hr = accounts.newColleague(admin, Role.HR);
        accounts.signIn(admin);
        Member member = users.members().stream().filter(m -> m.userId().equals(hr.userId())).findFirst().orElseThrow();
        String temporary = users.resetPassword(member);

        accounts.signIn(hr);
        navigate("programs", ChangePasswordView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Choose a new password");
        navigate("people", ChangePasswordView.class);
        assertThat($(Button.class).withText("Cancel").exists()).as("no way around it").isFalse();

        fill(hr.password(), NEW_PASSWORD, NEW_PASSWORD);
        PasswordField current = $(PasswordField.class).id("current-password");
        assertThat(current.getLabel()).isEqualTo("Temporary password");
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("This is not your current password.");

        fill(temporary, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(getCurrentView()).isInstanceOf(ProgramsView.class);
        assertThat(passwordEncoder.matches(NEW_PASSWORD, accounts.passwordHash(hr))).isTrue();
        navigate(ProgramsView.class);
        assertThat(getCurrentView()).as("free to work").isInstanceOf(ProgramsView.class);
    }

    @Test
    void aUserChangesTheirPasswordFromPreferences() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        navigate(ProgramsView.class);
        test($(Button.class).id("open-preferences")).click();
        test($(Button.class).id("change-password")).click();
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Change your password");

        fill(hr.password(), NEW_PASSWORD, NEW_PASSWORD + "!");
        PasswordField repeat = $(PasswordField.class).id("repeat-password");
        assertThat(repeat.isInvalid()).isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords differ.");
        fill(hr.password(), "qwertyuiopas", "qwertyuiopas");
        assertThat($(PasswordField.class).id("new-password").getErrorMessage()).startsWith("This password is a run of keys");
        assertThat(passwordEncoder.matches(hr.password(), accounts.passwordHash(hr))).as("nothing changed yet").isTrue();

        fill(hr.password(), NEW_PASSWORD, NEW_PASSWORD);

        assertThat(getCurrentView()).isInstanceOf(ProgramsView.class);
        assertThat(passwordEncoder.matches(NEW_PASSWORD, accounts.passwordHash(hr))).isTrue();
    }

    private void fill(String current, String newPassword, String repeat) {
        test($(PasswordField.class).id("current-password")).setValue(current);
        test($(PasswordField.class).id("new-password")).setValue(newPassword);
        test($(PasswordField.class).id("repeat-password")).setValue(repeat);
        test($(Button.class).id("save-password")).click();
    }
}
