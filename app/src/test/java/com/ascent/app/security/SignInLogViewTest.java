package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.ui.SignInLogView;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sign-in log's page: an administrator narrows it by outcome and e-mail; HR cannot open it. */
class SignInLogViewTest extends BrowserlessViewTest {

    @Autowired
    SignInAttemptRepository attempts;

    @Test
    void anAdministratorNarrowsTheLogByOutcomeAndEmail() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account anna = accounts.newColleague(admin, Role.HR);
        attempts.add(anna.email(), "10.0.0.7", SignInOutcome.FAILURE);
        attempts.add(anna.email(), "10.0.0.7", SignInOutcome.SUCCESS);
        attempts.add(admin.email(), "10.0.0.8", SignInOutcome.SUCCESS);
        accounts.signIn(admin);
        navigate(SignInLogView.class);

        GridTester<Grid<SignInRecord>, SignInRecord> grid = test($(Grid.class).id("sign-ins"));
        assertThat(grid.size()).isEqualTo(3);
        test($(ComboBox.class).withCaption("Outcome").single()).selectItem("Wrong password");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 2)).isEqualTo(anna.email());
        $(ComboBox.class).withCaption("Outcome").single().clear();
        test($(TextField.class).withCaption("E-mail contains").single()).setValue(admin.email());
        assertThat(grid.size()).isEqualTo(1);
        assertThat($(Anchor.class).all()).anyMatch(link -> link.getText().contains("Download CSV"));
    }

    @Test
    void hrCannotOpenTheLog() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        UI.getCurrent().navigate(SignInLogView.class);
        assertThat(getCurrentView()).isNotInstanceOf(SignInLogView.class);
    }
}
