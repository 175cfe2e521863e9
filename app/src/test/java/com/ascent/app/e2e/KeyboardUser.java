package com.ascent.app.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Someone who uses only the keyboard: Tab and Shift+Tab to move, Enter and Space to act, arrow keys
 * inside tabs and lists. Each move to a control checks that the control shows it has the focus, as
 * a sighted keyboard user needs to see where they are.
 */
final class KeyboardUser {

    /** How many Tab presses a control may take at most before it counts as unreachable. */
    private static final int MOST_PRESSES = 150;

    /** The element that has the focus, inside shadow roots too. */
    private static final String FOCUSED = """
            () => { let a = document.activeElement;
                    while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                    return a; }""";

    private final Page page;

    KeyboardUser(Page page) {
        this.page = page;
    }

    /** Presses Tab until {@code control} (or something inside it) has the focus, and checks the focus shows. */
    void tabTo(Locator control) {
        moveTo(control, "Tab");
    }

    /** The same backwards, with Shift+Tab. */
    /** Tabs to {@code control} and presses Enter on it, as a keyboard user opens or saves something. */
    void activate(Locator control) {
        tabTo(control);
        press("Enter");
    }

    void shiftTabTo(Locator control) {
        moveTo(control, "Shift+Tab");
    }

    /** Presses an arrow key (e.g. {@code ArrowRight} among tabs) until {@code control} has the focus. */
    void arrowTo(Locator control, String arrow) {
        moveTo(control, arrow);
    }

    void press(String key) {
        page.keyboard().press(key);
    }

    void type(String text) {
        page.keyboard().type(text);
    }

    private void moveTo(Locator control, String key) {
        Locator target = control.first();
        target.waitFor();
        for (int presses = 0; presses <= MOST_PRESSES; presses++) {
            if (hasFocus(target)) {
                if (!focusIsVisible()) {
                    throw new AssertionError("the focus on " + control + " is not visible");
                }
                return;
            }
            page.keyboard().press(key);
        }
        throw new AssertionError(control + " cannot be reached with " + key + " (" + MOST_PRESSES
                + " presses); the focus stays on " + focused());
    }

    /** The focused element as tag, id and text, to say where the keyboard got stuck. */
    private String focused() {
        return (String) page.evaluate("() => { let e = (" + FOCUSED + ")();"
                + " return e ? e.outerHTML.substring(0, 200) : 'nothing'; }");
    }

    /** Whether the focused element is {@code target} or inside it, across shadow roots. */
    private boolean hasFocus(Locator target) {
        return (Boolean) target.evaluate("(target) => { let e = (" + FOCUSED + ")();"
                + " for (; e; e = e.parentNode || e.host) { if (e === target) return true; } return false; }");
    }

    /**
     * Whether the focused element shows it: Vaadin marks a control focused from the keyboard with
     * {@code focus-ring} and draws the ring; other elements match {@code :focus-visible}.
     */
    private boolean focusIsVisible() {
        return (Boolean) page.evaluate("() => { let e = (" + FOCUSED + ")();"
                + " for (; e; e = e.parentNode || e.host) { if (e.nodeType === 1 && (e.hasAttribute('focus-ring')"
                + " || e.matches(':focus-visible'))) return true; } return false; }");
    }
}
