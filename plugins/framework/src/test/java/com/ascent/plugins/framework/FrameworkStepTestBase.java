package com.ascent.plugins.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.calendar.CalendarService;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.roster.RosterService;
import com.ascent.plugin.testkit.StepPluginTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Program framework step with a cohort of confirmed pairs; the subclasses are users who write
 * and read in different ways.
 */
abstract class FrameworkStepTestBase extends StepPluginTest {

    static final String STEP = "framework";

    @Autowired
    OrganizationSettingsService organizationSettings;

    /**
     * The program's pairs, made as the Coaches &amp; mentors step would: Ana (Finance) is mentored by
     * Mia (Marketing) and coached by Claire (external); Ben (Sales) is mentored by Felix (Finance).
     */
    record Cohort(RosterMember ana, RosterMember ben, Pair anaWithMia, Pair anaWithClaire, Pair benWithFelix) {
    }

    final Cohort cohortIn(StepContext context) {
        RosterService roster = context.roster();
        RosterMember ana = roster.addMember(MemberDraft.hipo(person("Ana Finance", "Finance", 5)));
        RosterMember ben = roster.addMember(MemberDraft.hipo(person("Ben Sales", "Sales", 5)));
        RosterMember mia = roster.addMember(guide(person("Mia Marketing", "Marketing", 9)));
        RosterMember felix = roster.addMember(guide(person("Felix Finance", "Finance", 9)));
        RosterMember claire = roster.addMember(MemberDraft.external("Claire Coach", "claire@coaching.example",
                "Berlin", RosterRole.COACH, 3, List.of("English"), Availability.HIGH, List.of("Change management")));
        Pair anaWithMia = roster.addPair(proposal(ana, mia, PairKind.MENTORING));
        Pair anaWithClaire = roster.addPair(proposal(ana, claire, PairKind.COACHING));
        Pair benWithFelix = roster.addPair(proposal(ben, felix, PairKind.MENTORING));
        List<Pair> confirmed = roster.confirm(List.of(anaWithMia, anaWithClaire, benWithFelix));
        return new Cohort(ana, ben, find(confirmed, anaWithMia), find(confirmed, anaWithClaire),
                find(confirmed, benWithFelix));
    }

    /**
     * Issue 13: the meeting time zone defaulted to Etc/UTC and holidays had to be ISO text. Now the
     * zone comes from the organization, and holidays are typed as the user writes dates: the date
     * form the pickers take, and the refusal of a holiday written the US way.
     */
    final void meetingsDefaultToTheOrganizationsTimeZoneAndHolidaysAreTypedInTheUsersDateFormat(String datePattern,
                                                                                                String refusal) {
        organizationSettings.save(organizationSettings.current().withTimeZone(ZoneId.of("Europe/Warsaw")));
        CalendarService calendar = context(STEP).calendar();
        show(STEP);

        assertThat($(ComboBox.class).id("framework-time-zone").getValue()).isEqualTo("Europe/Warsaw");
        assertThat($(DatePicker.class).id("framework-start").getI18n().getDateFormats())
                .containsExactly(datePattern, "yyyy-MM-dd");
        TextArea holidays = $(TextArea.class).id("holidays");
        test(holidays).setValue("5/1/2027");
        test($(Button.class).id("save-structure")).click();
        assertThat(holidays.isInvalid()).isTrue();
        assertThat(holidays.getErrorMessage()).isEqualTo(refusal);
        assertThat(calendar.framework()).isEmpty();

        test(holidays).setValue("01.05.2027\n2027-05-03");
        test($(Button.class).id("save-structure")).click();
        assertThat(calendar.framework()).hasValueSatisfying(framework -> {
            assertThat(framework.structure().timeZone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
            assertThat(framework.structure().holidays())
                    .containsExactly(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 3));
        });
    }

    private static MemberDraft guide(UUID personId) {
        return MemberDraft.employee(personId, RosterRole.MENTOR, 2, List.of("English"), Availability.MEDIUM,
                List.of());
    }

    private static PairProposal proposal(RosterMember hipo, RosterMember guide, PairKind kind) {
        return new PairProposal(hipo.id(), guide.id(), kind, new BigDecimal("80"), List.of());
    }

    private static Pair find(List<Pair> pairs, Pair pair) {
        return pairs.stream().filter(p -> p.id().equals(pair.id())).findFirst().orElseThrow();
    }
}
