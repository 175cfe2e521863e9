package com.ascent.app.security.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.security.UserPreferences;
import com.ascent.app.security.UserPreferencesService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in user's language and format locale, each "as my browser" by default. The two are
 * separate: someone may read English and write figures the German way. Also the way to change one's
 * password.
 */
public class PreferencesDialog extends Dialog {

    /** Stands for "follow the browser" in the choices, as a null value cannot be selected. */
    private static final Locale BROWSER = Locale.ROOT;

    private final UserPreferencesService preferences;
    private final Select<Locale> language = new Select<>();
    private final ComboBox<Locale> formatLocale = new ComboBox<>();

    public PreferencesDialog(UserPreferencesService preferences, FormatsService formats) {
        this.preferences = preferences;
        setHeaderTitle(getTranslation("preferences.title"));
        language.setId("preferences-language");
        language.setLabel(getTranslation("preferences.language"));
        language.setItems(withBrowser(AscentI18NProvider.LOCALES));
        language.setItemLabelGenerator(l -> l.equals(BROWSER) ? getTranslation("preferences.browser")
                : l.getDisplayName(l));
        formatLocale.setId("preferences-format-locale");
        formatLocale.setLabel(getTranslation("preferences.formatLocale"));
        formatLocale.setHelperText(getTranslation("preferences.formatLocaleHelp"));
        formatLocale.setItems(withBrowser(FormatsService.FORMAT_LOCALES));
        formatLocale.setItemLabelGenerator(l -> l.equals(BROWSER) ? getTranslation("preferences.browser")
                : l.getDisplayName(getLocale()) + " (" + formats.example(l) + ")");
        UserPreferences current = preferences.current();
        language.setValue(Optional.ofNullable(current.language()).orElse(BROWSER));
        formatLocale.setValue(Optional.ofNullable(current.formatLocale()).orElse(BROWSER));
        FormLayout form = new FormLayout(language, formatLocale);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidth("26rem");
        Button changePassword = new Button(getTranslation("password.change.open"), e -> {
            close();
            UI.getCurrent().navigate(ChangePasswordView.class);
        });
        changePassword.setId("change-password");
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(form, changePassword);
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("save-preferences");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void save() {
        preferences.save(new UserPreferences(chosen(language.getValue()), chosen(formatLocale.getValue())));
        close();
        // Every screen and step reads the language and formats when it is built.
        UI.getCurrent().getPage().reload();
    }

    private static Locale chosen(Locale value) {
        return value == null || value.equals(BROWSER) ? null : value;
    }

    private static List<Locale> withBrowser(List<Locale> locales) {
        List<Locale> choices = new ArrayList<>(locales.size() + 1);
        choices.add(BROWSER);
        choices.addAll(locales);
        return choices;
    }
}
