package com.ascent.app.organization.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.organization.WorkingWeek;
import com.ascent.app.organizationdata.ui.OrganizationDataView;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.ConcurrentEditException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.ascent.plugin.api.format.ValueFields;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Currency;
import java.util.Locale;

/**
 * The administrator's settings of the organization: its currency, time zone, default format locale,
 * and its working week (the days and hours meetings are scheduled in).
 */
@Route("admin/organization")
@Menu(title = "nav.organization", order = 9)
@RolesAllowed("ADMIN")
public class OrganizationSettingsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationSettingsService settingsService;
    private final ComboBox<Currency> currency = new ComboBox<>();
    private final ComboBox<String> timeZone = new ComboBox<>();
    private final ComboBox<Locale> formatLocale = new ComboBox<>();
    private final CheckboxGroup<DayOfWeek> workingDays = new CheckboxGroup<>();
    private final TimePicker workingDayStart;
    private final TimePicker workingDayEnd;
    private OrganizationSettings settings;

    public OrganizationSettingsView(OrganizationSettingsService settingsService, FormatsService formats) {
        this.settingsService = settingsService;
        this.settings = settingsService.current();
        addClassName("ascent-page");
        Paragraph intro = new Paragraph(getTranslation("organization.intro"));
        intro.addClassName("ascent-muted");

        currency.setId("organization-currency");
        currency.setLabel(getTranslation("organization.currency"));
        currency.setHelperText(getTranslation("organization.currencyHelp"));
        currency.setItems(Currency.getAvailableCurrencies().stream()
                .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList());
        currency.setItemLabelGenerator(c -> c.getCurrencyCode() + " · " + c.getDisplayName(getLocale()));
        timeZone.setId("organization-time-zone");
        timeZone.setLabel(getTranslation("organization.timeZone"));
        timeZone.setHelperText(getTranslation("organization.timeZoneHelp"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream()
                .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")).sorted().toList());
        formatLocale.setId("organization-format-locale");
        formatLocale.setLabel(getTranslation("organization.formatLocale"));
        formatLocale.setHelperText(getTranslation("organization.formatLocaleHelp"));
        formatLocale.setItems(FormatsService.FORMAT_LOCALES);
        formatLocale.setItemLabelGenerator(l -> l.getDisplayName(getLocale()) + " (" + formats.example(l) + ")");
        workingDays.setId("organization-working-days");
        workingDays.setLabel(getTranslation("organization.workingDays"));
        workingDays.setHelperText(getTranslation("organization.workingDaysHelp"));
        workingDays.setItems(DayOfWeek.values());
        workingDays.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
        var userFormats = formats.current(getLocale());
        workingDayStart = ValueFields.time(userFormats, getTranslation("organization.workingDayStart"));
        workingDayStart.setId("organization-working-day-start");
        workingDayEnd = ValueFields.time(userFormats, getTranslation("organization.workingDayEnd"));
        workingDayEnd.setId("organization-working-day-end");
        workingDayEnd.setHelperText(getTranslation("organization.workingDayHelp"));
        show();

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("save-organization");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(currency, timeZone, formatLocale, workingDays, workingDayStart, workingDayEnd);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32rem");
        add(new H1(getTranslation("organization.title")), intro, form, save);
        add(new RouterLink(getTranslation("orgdata.link"), OrganizationDataView.class));
    }

    private void show() {
        currency.setValue(settings.currency());
        timeZone.setValue(settings.timeZone().getId());
        formatLocale.setValue(settings.formatLocale());
        workingDays.setValue(settings.workingWeek().days());
        workingDayStart.setValue(settings.workingWeek().start());
        workingDayEnd.setValue(settings.workingWeek().end());
    }

    private void save() {
        boolean complete = required(currency) & required(timeZone) & required(formatLocale) & workingWeekValid();
        if (!complete) {
            return;
        }
        try {
            settings = settingsService.save(new OrganizationSettings(currency.getValue(), ZoneId.of(timeZone.getValue()),
                    formatLocale.getValue(), new WorkingWeek(workingDays.getValue(), workingDayStart.getValue(),
                    workingDayEnd.getValue()), settings.version()));
            Notifications.success(getTranslation("organization.saved"));
        } catch (ConcurrentEditException e) {
            settings = settingsService.current();
            show();
            Notifications.error(getTranslation(e.getMessage()));
        }
    }

    /** At least one working day, and a working day that ends after it begins. */
    private boolean workingWeekValid() {
        workingDays.setInvalid(workingDays.isEmpty());
        workingDays.setErrorMessage(getTranslation("organization.error.noWorkingDay"));
        boolean hours = workingDayStart.getValue() != null && workingDayEnd.getValue() != null
                && workingDayEnd.getValue().isAfter(workingDayStart.getValue());
        workingDayEnd.setInvalid(!hours);
        workingDayEnd.setErrorMessage(getTranslation("organization.error.workingDayEnd"));
        return !workingDays.isEmpty() && hours;
    }

    private boolean required(ComboBox<?> field) {
        field.setInvalid(field.isEmpty());
        field.setErrorMessage(getTranslation("organization.required"));
        return !field.isEmpty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organization.title");
    }
}
