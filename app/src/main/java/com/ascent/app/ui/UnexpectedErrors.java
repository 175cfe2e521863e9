package com.ascent.app.ui;

import com.ascent.app.database.DatabaseRefusal;
import com.ascent.app.database.DatabaseUnavailable;
import com.ascent.app.security.OrganizationSwitchedElsewhereException;
import com.ascent.plugin.api.ConcurrentEditException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the user sees when a click fails where nobody caught it (in the host or in a plugin's
 * listener): a message that nothing was saved, never a broken screen. A concurrent edit, a write
 * the database refused by its own rules ({@link DatabaseRefusal}: an archived organization, its last
 * administrator) and an unreachable database say so in their own words; anything else is logged with its stack trace
 * for the administrator. Whatever failed in a tab that shows another organization than the one
 * the user switched to elsewhere (typically {@link OrganizationSwitchedElsewhereException}),
 * the tab reloads into the current organization ({@link TabReload}).
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    private final TabReload tabReload;

    UnexpectedErrors(TabReload tabReload) {
        this.tabReload = tabReload;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::show));
    }

    private void show(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Unexpected error outside a UI", error);
            return;
        }
        if (tabReload.reloadedIfOutdated(ui)) {
            log.info("Refused a request of a tab whose organization was switched in another tab: {}", error.toString());
            return;
        }
        if (error instanceof ConcurrentEditException concurrent) {
            // Host services throw with a translation key, the plugin API with translated text.
            String translated = ui.getTranslation(concurrent.getMessage());
            Notifications.error(translated.startsWith("!") ? concurrent.getMessage() : translated);
            return;
        }
        Optional<DatabaseRefusal> refused = DatabaseRefusal.of(error);
        if (refused.isPresent()) {
            log.info("The database refused a write: {}", refused.get());
            Notifications.error(ui.getTranslation(refused.get().messageKey()));
            return;
        }
        if (DatabaseUnavailable.causes(error)) {
            log.warn("The database cannot be reached: {}", error.toString());
            Notifications.error(ui.getTranslation("unavailable.message"));
            return;
        }
        log.error("Unexpected error in a user's request", error);
        Notifications.error(ui.getTranslation("common.error.unexpected"));
    }
}
