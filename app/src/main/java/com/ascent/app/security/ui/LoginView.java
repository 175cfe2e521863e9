package com.ascent.app.security.ui;

import com.ascent.app.security.SessionEnd;
import com.ascent.app.security.SetupService;
import com.ascent.app.security.SignInUnavailableException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in. Sends the very first visitor of an empty installation to the setup page instead. A
 * sign-in that failed because the database could not be reached says so, never "wrong password".
 * After a session ended by its time limits or because its password was replaced, says why the user
 * has to sign in again; after the right but expired temporary password of an administrator's reset,
 * says to ask the administrator for a new one.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SetupService setup;
    private final LoginForm form = new LoginForm();

    public LoginView(SetupService setup) {
        this.setup = setup;
        setSizeFull();
        // Outside the main layout: the page is its own main landmark.
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), form);
    }

    private LoginI18n i18n() {
        return i18n("login.error.title", "login.error.message");
    }

    private LoginI18n i18n(String errorTitleKey, String errorMessageKey) {
        return i18nWithMessage(errorTitleKey, getTranslation(errorMessageKey));
    }

    private LoginI18n i18nWithMessage(String errorTitleKey, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(errorTitleKey));
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed && lastFailureWasAnUnreachableDatabase()) {
            // Checked before anything else reads the database, so that the answer comes at once.
            form.setI18n(i18n("unavailable.title", "unavailable.message"));
            form.setError(true);
            return;
        }
        if (setup.isSetupNeeded()) {
            event.forwardTo(SetupView.class);
            return;
        }
        boolean locked = event.getLocation().getQueryParameters().getParameters().containsKey("locked");
        boolean expired = event.getLocation().getQueryParameters().getParameters().containsKey("expired");
        SessionEnd ended = sessionEnd();
        if (ended != null && !failed && !locked && !expired) {
            form.setI18n(i18nWithMessage("session.signedOut.title", signedOut(ended)));
            form.setError(true);
            return;
        }
        form.setI18n(locked ? i18n("login.locked.title", "login.locked.message")
                : expired ? i18n("login.expired.title", "login.expired.message") : i18n());
        form.setError(failed || locked || expired);
    }

    /** Why the previous session ended, if it was ended (told once). */
    private static @Nullable SessionEnd sessionEnd() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null ? SessionEnd.takeFrom(session.getSession()) : null;
    }

    private String signedOut(SessionEnd ended) {
        String after = ended.reason() == SessionEnd.Reason.PASSWORD_REPLACED ? "" : inWords(ended.after());
        return switch (ended.reason()) {
            case IDLE -> getTranslation("session.signedOut.idle", after);
            case ABSOLUTE -> getTranslation("session.signedOut.absolute", after);
            case PASSWORD_REPLACED -> getTranslation("session.signedOut.passwordReplaced");
        };
    }

    /** A limit in the largest whole unit that states it exactly: "12 hours", "30 minutes", "20 seconds". */
    private String inWords(Duration limit) {
        long seconds = limit.toSeconds();
        if (seconds % 3600 == 0) {
            return getTranslation("session.after.hours", seconds / 3600);
        }
        if (seconds % 60 == 0) {
            return getTranslation("session.after.minutes", seconds / 60);
        }
        return getTranslation("session.after.seconds", seconds);
    }

    /** Spring Security keeps the last sign-in failure in the session. */
    private static boolean lastFailureWasAnUnreachableDatabase() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getSession() != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInUnavailableException;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
