package com.ascent.plugins.examples.sponsor;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.contribution.ContributedEvent;
import com.ascent.plugin.api.contribution.EventColour;
import com.ascent.plugin.api.contribution.ReportSection;
import com.ascent.plugin.api.contribution.ReviewCheck;
import com.ascent.plugin.api.settings.PluginSetting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the sign-off adds to the program calendar, the program report and Review & launch. */
final class SignOffContributions {

    /** How many days before the program starts the sponsor's approval is due. */
    static final String DEADLINE_DAYS = "deadline-days";
    /** How the report and the calendar call the sponsor, e.g. "Executive sponsor" or "Board sponsor". */
    static final String SPONSOR_TITLE = "sponsor-title";

    static final List<PluginSetting> SETTINGS = List.of(
            PluginSetting.number(DEADLINE_DAYS, new BigDecimal(14)),
            PluginSetting.text(SPONSOR_TITLE, "Executive sponsor"));

    private SignOffContributions() {
    }

    /** The day the approval is due: the organization's number of days before the program starts. */
    static LocalDate deadline(LocalDate programStart, BigDecimal daysBefore) {
        return programStart.minusDays(Math.max(0, daysBefore.intValue()));
    }

    static LocalDate dueDate(StepContext context) {
        return deadline(context.program().startDate(), context.pluginSettings().number(DEADLINE_DAYS));
    }

    static ContributedEvent deadlineEvent(StepContext context) {
        Translator messages = context.messages();
        LocalDate due = dueDate(context);
        String sponsor = context.pluginSettings().text(SPONSOR_TITLE);
        return ContributedEvent.allDay("deadline", messages.get("step.title"), EventColour.ORANGE,
                messages.get("calendar.deadline", sponsor), messages.get("calendar.deadlineDescription", sponsor),
                due, due);
    }

    static ReportSection reportSection(StepContext context) {
        Translator messages = context.messages();
        String sponsor = context.pluginSettings().text(SPONSOR_TITLE);
        Optional<SignOff> signOff = SignOff.read(context.records());
        String due = context.formats().date(dueDate(context));
        if (signOff.isEmpty()) {
            return ReportSection.text(messages.get("report.title"), messages.get("report.notApproved", sponsor, due));
        }
        SignOff approval = signOff.get();
        return ReportSection.table(messages.get("report.title"), List.of(messages.get("report.due", due)),
                List.of(sponsor, messages.get("report.approvedOn"), messages.get("report.comment")),
                List.of(List.of(approval.sponsor(), context.formats().date(approval.approvedOn()), approval.comment())));
    }

    /** A warning when the approval came after its deadline; the step's status covers a missing one. */
    static List<ReviewCheck> checks(StepContext context) {
        LocalDate due = dueDate(context);
        return SignOff.read(context.records()).filter(s -> s.approvedOn().isAfter(due))
                .map(s -> List.of(ReviewCheck.warning(context.messages().get("check.late", s.sponsor(),
                        context.formats().date(s.approvedOn()), context.formats().date(due)))))
                .orElse(List.of());
    }
}
