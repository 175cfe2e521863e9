package com.ascent.app.ui;

import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Corrections of the Vaadin web components' own markup where it breaks accessibility, added to
 * every page. Each names the version it was seen in: drop it once the component is fixed.
 */
public final class AccessibilityFixes {

    /**
     * vaadin-tabs 25.2 renders the scroll container of its tabs with {@code tabindex="-1"}: a
     * focusable element inside {@code role="tablist"} that is not a tab, so a screen reader meets
     * something in the tab list that is not a tab, and axe-core reports aria-required-children
     * (critical) on every TabSheet. The tabs keep their own roving tabindex (the selected tab is
     * always a tab stop), so the container need not take the focus: the attribute is removed
     * when a tab list first renders.
     */
    static final String TABLIST_WITH_TABS_ONLY = """
            customElements.whenDefined('vaadin-tabs').then(() => {
              const unfocusableScroller = (tabs) => {
                const scroller = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"]');
                if (scroller) {
                  scroller.removeAttribute('tabindex');
                }
              };
              const Tabs = customElements.get('vaadin-tabs');
              const firstUpdated = Tabs.prototype.firstUpdated;
              Tabs.prototype.firstUpdated = function (...args) {
                if (firstUpdated) {
                  firstUpdated.apply(this, args);
                }
                unfocusableScroller(this);
              };
              document.querySelectorAll('vaadin-tabs').forEach(tabs => tabs.updateComplete
                  ? tabs.updateComplete.then(() => unfocusableScroller(tabs)) : unfocusableScroller(tabs));
            });
            """;

    private AccessibilityFixes() {
    }

    public static void addTo(AppShellSettings settings) {
        settings.addInlineWithContents(Inline.Position.APPEND, TABLIST_WITH_TABS_ONLY, Inline.Wrapping.JAVASCRIPT);
    }
}
