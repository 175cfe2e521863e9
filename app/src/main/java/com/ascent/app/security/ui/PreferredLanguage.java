package com.ascent.app.security.ui;

import com.ascent.app.database.DatabaseUnavailable;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.UserPreferencesService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Shows every new page of a signed-in user in the language they chose in their preferences (else the browser's). */
@Component
class PreferredLanguage implements VaadinServiceInitListener {

    private final UserPreferencesService preferences;
    private final CurrentUser currentUser;

    PreferredLanguage(UserPreferencesService preferences, CurrentUser currentUser) {
        this.preferences = preferences;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (currentUser.get().isEmpty()) {
                // Nobody signed in (the sign-in page): the browser's language, without asking the database.
                return;
            }
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null && request.getAttribute(DatabaseUnavailable.REQUEST_ATTRIBUTE) != null) {
                return; // the database is down: the page shows "temporarily unavailable" in the browser's language
            }
            Locale language;
            try {
                language = preferences.current().language();
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.causes(e)) {
                    throw e;
                }
                if (request != null) {
                    request.setAttribute(DatabaseUnavailable.REQUEST_ATTRIBUTE, e);
                }
                return;
            }
            if (language != null) {
                init.getUI().setLocale(language);
            }
        });
    }
}
