package com.ascent.app.organization.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;

/**
 * Fired on the tab (its {@link UI}) when the user's organizations changed in it (one was created or
 * renamed), so that the switcher in the header lists them as they are now without a reload.
 */
class OrganizationsChanged extends ComponentEvent<UI> {

    OrganizationsChanged(UI tab) {
        super(tab, false);
    }
}
