package com.ascent.app;

import com.ascent.app.ui.AccessibilityFixes;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: the Lumo theme, server push for progress of long work, and the corrections
 * of the components' markup that keep every page accessible.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Ascent");
        AccessibilityFixes.addTo(settings);
    }
}
