package com.ascent.app.security.ui;

import com.ascent.app.security.SessionLifetimeFilter;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Warns, in every open tab, before an idle session ends, and takes the tab to the sign-in page
 * once it has ended. The tab asks the server how long the session has left
 * ({@link SessionLifetimeFilter#STATUS_PATH}, which does not count as activity) only when that can have changed;
 * the warning itself opens in the browser (a native modal {@code <dialog>}), without a request
 * that would count as activity. "Stay signed in" is an ordinary click, so the session goes on.
 */
@Tag("dialog")
public class SessionExpiryWarning extends Component implements HasComponents {

    /** Runs in the browser with {@code this} the dialog; $0: the status address, $1: the sign-in page. */
    private static final String WATCH = """
            const dialog = this;
            const clock = dialog.querySelector('.ascent-session-clock');
            const stay = dialog.querySelector('vaadin-button');
            let deadline = 0;
            clearTimeout(dialog.ascentCheck);
            clearInterval(dialog.ascentTick);
            const tick = () => {
                const seconds = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
                clock.textContent = Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
            };
            const check = async () => {
                clearTimeout(dialog.ascentCheck);
                if (!dialog.isConnected) {
                    return;
                }
                let status;
                try {
                    const response = await fetch(new URL($0, document.baseURI), {cache: 'no-store'});
                    status = await response.json();
                } catch (e) {
                    dialog.ascentCheck = setTimeout(check, 10000);
                    return;
                }
                if (!status.signedIn) {
                    window.location.assign(new URL($1, document.baseURI));
                    return;
                }
                deadline = Date.now() + status.remainingMillis;
                if (status.warning && !dialog.open) {
                    tick();
                    dialog.ascentTick = setInterval(tick, 1000);
                    dialog.showModal();
                } else if (!status.warning && dialog.open) {
                    clearInterval(dialog.ascentTick);
                    dialog.close();
                }
                dialog.ascentCheck = setTimeout(check, status.nextCheckMillis);
            };
            dialog.ascentSessionCheck = check;
            // Escape means the user is there: the same as "Stay signed in".
            dialog.oncancel = event => {
                event.preventDefault();
                stay.click();
            };
            check();
            """;

    public SessionExpiryWarning() {
        setId("session-expiry-warning");
        H2 title = new H2(getTranslation("session.warning.title"));
        title.setId("session-expiry-warning-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        Span clock = new Span();
        clock.addClassName("ascent-session-clock");
        Button stay = new Button(getTranslation("session.warning.stay"),
                // The click itself is the activity that keeps the session; then the tab looks again.
                e -> getElement().callJsFunction("ascentSessionCheck"));
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, new Paragraph(getTranslation("session.warning.message")), clock, stay);
        addClassName("ascent-session-warning");
        addAttachListener(e -> getElement().executeJs(WATCH,
                // Relative to the page's base, so that Ascent may also live under a context path.
                SessionLifetimeFilter.STATUS_PATH.substring(1), "login"));
    }
}
