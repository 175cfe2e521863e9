package com.ascent.app.security.ui;

import com.ascent.app.security.UserPreferencesService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Shows every new page of a signed-in user in the language they chose in their preferences (else the browser's). */
@Component
class PreferredLanguage implements VaadinServiceInitListener {

    private final UserPreferencesService preferences;

    PreferredLanguage(UserPreferencesService preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Locale language = preferences.current().language();
            if (language != null) {
                init.getUI().setLocale(language);
            }
        });
    }
}
