package com.ascent.app.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.program.ui.ProgramsView;
import com.ascent.app.security.Role;
import com.ascent.app.security.UserPreferences;
import com.ascent.app.security.UserPreferencesService;
import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PreferencesDialogTest extends BrowserlessViewTest {

    @Autowired
    UserPreferencesService preferences;

    @Test
    void aUserKeepsEnglishTextsButWritesFiguresAndDatesTheGermanWay() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        navigate(ProgramsView.class);
        assertThat(preferences.current()).isEqualTo(UserPreferences.BROWSER);

        test($(Button.class).id("open-preferences")).click();
        @SuppressWarnings("unchecked")
        Select<Locale> language = $(Select.class).id("preferences-language");
        assertThat(language.getValue()).isEqualTo(Locale.ROOT);
        @SuppressWarnings("unchecked")
        ComboBox<Locale> format = $(ComboBox.class).id("preferences-format-locale");
        test(format).selectItem("German (Germany) (1.500,50 · 31.12.2027)");
        test($(Button.class).id("save-preferences")).click();

        assertThat(preferences.current()).isEqualTo(new UserPreferences(null, Locale.GERMANY));
    }
}
