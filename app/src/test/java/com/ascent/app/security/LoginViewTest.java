package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.security.ui.LoginView;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the sign-in page tells after a refused sign-in or an ended session. */
class LoginViewTest extends BrowserlessViewTest {

    @BeforeEach
    void someoneIsSetUp() {
        accounts.newOrganization(Role.ADMIN); // else the first visitor is sent to the setup page
    }

    @Test
    void anExpiredTemporaryPasswordIsToldToAskTheAdministrator() {
        assertThat(shownError("expired")).contains("Temporary password expired",
                "Ask your administrator to reset your password again");
    }

    @Test
    void aSessionEndedByAReplacedPasswordSaysSoOnce() {
        VaadinSession.getCurrent().getSession().setAttribute(SessionEnd.ATTRIBUTE,
                new SessionEnd(SessionEnd.Reason.PASSWORD_REPLACED, Duration.ZERO));

        assertThat(shownError(null)).contains("Signed out",
                "You were signed out because your password was changed");
        navigate("login", LoginView.class);
        assertThat($(LoginForm.class).single().isError()).as("told once").isFalse();
    }

    @Test
    void aBlockedSignInIsToldToWait() {
        assertThat(shownError("locked")).contains("Sign-in paused");
    }

    /** The error the form shows on /login?{@code parameter}, as the texts it sends to the browser. */
    private String shownError(@Nullable String parameter) {
        UI.getCurrent().navigate("login", parameter == null ? QueryParameters.empty() : QueryParameters.of(parameter, ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
