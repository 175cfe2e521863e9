package com.ascent.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.ascent.app.calendar.CalendarFeedService;
import com.ascent.app.calendar.ProgramCalendarService;
import com.ascent.app.measurement.ProgramMeasurementService;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.app.wizard.WizardService;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.calendar.CalendarFeed;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sponsor sign-off example, loaded by PF4J from plugin-examples, contributes its deadline to the
 * program's .ics file and live feed and its section to the report PDF, at a date its per-organization
 * setting decides; a step whose contributions throw costs only its own part.
 */
class PluginContributionsTest extends BrowserlessViewTest {

    private static final String SPONSOR = "sponsor-sign-off";
    private static final String DEADLINE_UID = "step-sponsor-sign-off-deadline@ascent";

    @DynamicPropertySource
    static void examplePlugins(DynamicPropertyRegistry registry) {
        registry.add("ascent.plugins.dirs", () -> "../plugins,../test-plugins,../plugin-examples");
    }

    @Autowired
    PluginAdministrationService administration;
    @Autowired
    StepBindingService bindings;
    @Autowired
    PluginSettingsService settings;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramCalendarService calendar;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    ProgramMeasurementService measurement;
    @Autowired
    WizardService wizard;
    @Autowired
    WebApplicationContext web;

    Account admin;
    Program program;

    @BeforeEach
    void anOrganizationWithTheSponsorStepOn() {
        admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        administration.setExtraStep(SPONSOR, true);
        program = programs.create(new ProgramDraft("Future general managers", "", LocalDate.of(2027, 3, 1),
                "Maria Nowak"));
    }

    @Test
    void theDeadlineIsInTheProgramCalendarFileAtTheOrganizationsSettingAndOnlyThere() throws Exception {
        assertThat(deadline(calendar.icsForProgram(program.id(), Locale.ENGLISH)).getDateTimeStart()
                .getValue()).as("default: 14 days before the start").isEqualTo("20270215");

        settings.save(sponsorStep(), Map.of("deadline-days", List.of("30"), "sponsor-title", List.of("Board sponsor")));

        VEvent deadline = deadline(calendar.icsForProgram(program.id(), Locale.ENGLISH));
        assertThat(deadline.getDateTimeStart().getValue()).isEqualTo("20270130");
        assertThat(deadline.getSummary().getValue()).isEqualTo("Board sponsor: approval of the program due");

        Account other = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(other);
        administration.setExtraStep(SPONSOR, true);
        Program theirs = programs.create(new ProgramDraft("Their program", "", LocalDate.of(2027, 3, 1), "Jan Kowalski"));
        assertThat(deadline(calendar.icsForProgram(theirs.id(), Locale.ENGLISH)).getDateTimeStart()
                .getValue()).as("another organization keeps the default").isEqualTo("20270215");
    }

    @Test
    void aLiveFeedReadWithNobodySignedInCarriesTheDeadline() throws Exception {
        settings.save(sponsorStep(), Map.of("deadline-days", List.of("7")));
        CalendarFeed feed = feeds.create(program.id(), null);
        accounts.signOut();

        MockMvc http = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        String ics = http.perform(get(java.net.URI.create(feed.url()).getPath())).andReturn().getResponse()
                .getContentAsString();

        assertThat(deadline(ics).getDateTimeStart().getValue()).isEqualTo("20270222");
    }

    @Test
    void theReportPdfHoldsTheStepsSectionAndAFailedStepsPartIsNotAvailable() throws Exception {
        administration.setExtraStep("failing-view", true);

        String text = pdfText(measurement.reportPdf(program.id(), Locale.ENGLISH));

        assertThat(text).contains("Sponsor sign-off: Sponsor sign-off")
                .contains("The Executive sponsor has not approved the program yet (due Feb 15, 2027)")
                .contains("not available");
        assertThat(deadline(calendar.icsForProgram(program.id(), Locale.ENGLISH))).as("the failing step's calendar"
                + " events cost only themselves").isNotNull();
    }

    @Test
    void aValueThatDoesNotFitItsSettingIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> settings.save(sponsorStep(), Map.of("sponsor-title", List.of("Board"),
                "deadline-days", List.of("two weeks")))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("deadline-days"));

        assertThat(settings.of(sponsorStep()).text("sponsor-title")).isEqualTo("Executive sponsor");
        assertThat(settings.of(sponsorStep()).number("deadline-days")).isEqualByComparingTo("14");
    }

    private GuardedStep sponsorStep() {
        return bindings.availableSteps().stream().filter(s -> s.stepId().equals(SPONSOR)).findFirst().orElseThrow();
    }

    private static VEvent deadline(String ics) throws Exception {
        Calendar file = new CalendarBuilder().build(new StringReader(ics));
        assertThat(file.validate().hasErrors()).as("RFC 5545: %s", file.validate().getEntries()).isFalse();
        return file.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(DEADLINE_UID)).findFirst().orElseThrow();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("-\\R", "-").replaceAll("\\s+", " ");
        }
    }
}
