package com.ascent.app.organization.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.mail.ReminderService;
import com.ascent.app.mail.ui.ReminderSettingsSection;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
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
import java.util.stream.IntStream;

/**
 * The administrator's settings of the organization: its currency, time zone, default format locale,
 * its working week (the days and hours meetings are scheduled in), its default language and week
 * start, the scales of its 9-box and the anonymity threshold of its 360 feedback.
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
    private final ComboBox<Locale> defaultLanguage = new ComboBox<>();
    private final ComboBox<DayOfWeek> weekStart = new ComboBox<>();
    private final Select<Integer> performanceScale = new Select<>();
    private final Select<Integer> potentialScale = new Select<>();
    private final IntegerField anonymityThreshold = new IntegerField();
    private OrganizationSettings settings;

    public OrganizationSettingsView(OrganizationSettingsService settingsService, FormatsService formats,
                                    ReminderService reminders) {
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
        defaultLanguage.setId("organization-default-language");
        defaultLanguage.setLabel(getTranslation("orgsettings.defaultLanguage"));
        defaultLanguage.setHelperText(getTranslation("orgsettings.defaultLanguageHelp"));
        defaultLanguage.setItems(AscentI18NProvider.LOCALES);
        defaultLanguage.setItemLabelGenerator(language -> language.getDisplayName(language));
        defaultLanguage.setPlaceholder(getTranslation("orgsettings.browserLanguage"));
        defaultLanguage.setClearButtonVisible(true);
        weekStart.setId("organization-week-start");
        weekStart.setLabel(getTranslation("orgsettings.weekStart"));
        weekStart.setHelperText(getTranslation("orgsettings.weekStartHelp"));
        weekStart.setItems(OrganizationSettings.WEEK_STARTS);
        weekStart.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, getLocale()));
        weekStart.setPlaceholder(getTranslation("orgsettings.weekStartOfFormat"));
        weekStart.setClearButtonVisible(true);
        scale(performanceScale, "organization-performance-scale", "orgsettings.performanceScale");
        scale(potentialScale, "organization-potential-scale", "orgsettings.potentialScale");
        anonymityThreshold.setId("organization-anonymity-threshold");
        anonymityThreshold.setLabel(getTranslation("orgsettings.anonymityThreshold"));
        anonymityThreshold.setHelperText(getTranslation("orgsettings.anonymityThresholdHelp"));
        anonymityThreshold.setMin(OrganizationSettings.MIN_ANONYMITY_THRESHOLD);
        anonymityThreshold.setMax(OrganizationSettings.MAX_ANONYMITY_THRESHOLD);
        anonymityThreshold.setStepButtonsVisible(true);
        show();

        Button save = new Button(getTranslation("common.save"), e -> save());
        save.setId("save-organization");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(currency, timeZone, formatLocale, defaultLanguage, weekStart, workingDays,
                workingDayStart, workingDayEnd, performanceScale, potentialScale, anonymityThreshold);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("32rem");
        add(new H1(getTranslation("organization.title")), intro, form, save);
        add(new RouterLink(getTranslation("orgdata.link"), OrganizationDataView.class));
        add(new ReminderSettingsSection(reminders));
    }

    private void show() {
        currency.setValue(settings.currency());
        timeZone.setValue(settings.timeZone().getId());
        formatLocale.setValue(settings.formatLocale());
        workingDays.setValue(settings.workingWeek().days());
        workingDayStart.setValue(settings.workingWeek().start());
        workingDayEnd.setValue(settings.workingWeek().end());
        defaultLanguage.setValue(settings.defaultLanguage());
        weekStart.setValue(settings.weekStart());
        performanceScale.setValue(settings.performanceScale());
        potentialScale.setValue(settings.potentialScale());
        anonymityThreshold.setValue(settings.feedbackAnonymityThreshold());
    }

    /** A 9-box axis rated from 1 to 3, 4 or 5. */
    private void scale(Select<Integer> field, String id, String label) {
        field.setId(id);
        field.setLabel(getTranslation(label));
        field.setHelperText(getTranslation("orgsettings.scaleHelp"));
        field.setItems(IntStream.rangeClosed(OrganizationSettings.MIN_SCALE, OrganizationSettings.MAX_SCALE).boxed().toList());
        field.setItemLabelGenerator(top -> getTranslation("orgsettings.scale", top));
    }

    private void save() {
        boolean complete = required(currency) & required(timeZone) & required(formatLocale) & workingWeekValid()
                & anonymityThresholdValid();
        if (!complete) {
            return;
        }
        try {
            settings = settingsService.save(new OrganizationSettings(currency.getValue(), ZoneId.of(timeZone.getValue()),
                    formatLocale.getValue(), new WorkingWeek(workingDays.getValue(), workingDayStart.getValue(),
                    workingDayEnd.getValue()), defaultLanguage.getValue(), weekStart.getValue(),
                    performanceScale.getValue(), potentialScale.getValue(), anonymityThreshold.getValue(),
                    settings.version()));
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

    /** A whole number of raters within the bounds; an empty or unreadable field is refused. */
    private boolean anonymityThresholdValid() {
        Integer raters = anonymityThreshold.getValue();
        boolean valid = raters != null && raters >= OrganizationSettings.MIN_ANONYMITY_THRESHOLD
                && raters <= OrganizationSettings.MAX_ANONYMITY_THRESHOLD;
        anonymityThreshold.setInvalid(!valid);
        anonymityThreshold.setErrorMessage(getTranslation("orgsettings.error.anonymityThreshold",
                OrganizationSettings.MIN_ANONYMITY_THRESHOLD, OrganizationSettings.MAX_ANONYMITY_THRESHOLD));
        return valid;
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
