package com.ascent.app.security.ui;

import com.ascent.app.database.DatabaseUnavailable;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.UserPreferencesService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Shows every new page of a signed-in user in the language they chose in their preferences, else
 * in their organization's default language, else in the browser's.
 */
@Component
class PreferredLanguage implements VaadinServiceInitListener {

    private final UserPreferencesService preferences;
    private final OrganizationSettingsService organization;
    private final CurrentUser currentUser;

    PreferredLanguage(UserPreferencesService preferences, OrganizationSettingsService organization,
                      CurrentUser currentUser) {
        this.preferences = preferences;
        this.organization = organization;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (currentUser.get().isEmpty()) {
                // Nobody signed in (the sign-in page): the browser's language, without asking the database.
                return;
            }
            // With the database down the page shows "temporarily unavailable", in the browser's language.
            DatabaseUnavailable.attempt(VaadinServletRequest.getCurrent(),
                    () -> chosenLanguage().ifPresent(init.getUI()::setLocale));
        });
    }

    /** The signed-in user's own language, else their organization's default; empty: the browser decides. */
    Optional<Locale> chosenLanguage() {
        return Optional.ofNullable(preferences.current().language())
                .or(() -> Optional.ofNullable(organization.current().defaultLanguage()));
    }
}
