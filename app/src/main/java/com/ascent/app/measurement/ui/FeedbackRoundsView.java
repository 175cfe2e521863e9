package com.ascent.app.measurement.ui;

import com.ascent.app.format.FormatsService;
import com.ascent.app.measurement.FeedbackRoundOverview;
import com.ascent.app.measurement.FeedbackRoundOverview.HipoResponses;
import com.ascent.app.measurement.FeedbackRoundService;
import com.ascent.app.measurement.RaterChoice;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Role;
import com.ascent.app.ui.Notifications;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.format.Formats;
import com.ascent.plugin.api.measurement.FeedbackPhase;
import com.ascent.plugin.api.measurement.RaterRole;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.roster.RosterMember;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * HR's 360 feedback rounds of a program, a page of the program beside its measurement step (the
 * step is a plugin; the rounds are the host's, as they send e-mails and open links without an
 * account): send a round, see per HiPo how many raters answered, remind those who have not, and the
 * results once enough answers hide who gave them.
 */
@Route("programs/:programId/feedback")
@PermitAll
public class FeedbackRoundsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgramService programs;
    private final FeedbackRoundService rounds;
    private final ProgramRosterService roster;
    private final PeopleDirectory people;
    private final boolean canSend;
    private final Formats formats;
    private final VerticalLayout roundList = new VerticalLayout();
    private Program program;
    private String pageTitle = "";

    public FeedbackRoundsView(ProgramService programs, FeedbackRoundService rounds, ProgramRosterService roster,
                              PeopleDirectory people, CurrentUser currentUser, FormatsService formatsService) {
        this.programs = programs;
        this.rounds = rounds;
        this.roster = roster;
        this.people = people;
        this.canSend = currentUser.hasRole(Role.HR);
        this.formats = formatsService.current(getLocale());
        addClassName("ascent-page");
        roundList.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Program> found = event.getRouteParameters().get("programId").flatMap(FeedbackRoundsView::parseId)
                .flatMap(programs::find);
        if (found.isEmpty()) {
            pageTitle = getTranslation("feedback360.rounds.notFound");
            add(new H1(pageTitle));
            return;
        }
        program = found.get();
        pageTitle = getTranslation("feedback360.rounds.title") + " · " + program.name();
        RouterLink back = new RouterLink(getTranslation("feedback360.rounds.back"),
                com.ascent.app.wizard.ui.WizardView.class,
                new RouteParameters(Map.of("programId", program.id().toString(), "stepId", "measurement")));
        add(back, new H1(getTranslation("feedback360.rounds.title")), new Paragraph(program.name()),
                new Paragraph(getTranslation("feedback360.rounds.intro")));
        if (canSend) {
            add(newRound());
        }
        add(roundList);
        showRounds();
    }

    private VerticalLayout newRound() {
        List<RosterMember> hipos = roster.members(program.id()).stream()
                .filter(m -> m.role() == RosterRole.HIPO).toList();
        VerticalLayout form = new VerticalLayout(new H2(getTranslation("feedback360.rounds.new")));
        form.setPadding(false);
        if (hipos.isEmpty()) {
            form.add(new Paragraph(getTranslation("feedback360.rounds.noHipos")));
            return form;
        }
        RadioButtonGroup<FeedbackPhase> phase = new RadioButtonGroup<>(getTranslation("feedback360.rounds.phase"));
        phase.setItems(FeedbackPhase.values());
        phase.setItemLabelGenerator(p -> getTranslation("feedback360.phase." + p.name()));
        // The first round is the baseline; once it was asked, the next one is usually the closing round.
        boolean baselineAsked = rounds.rounds(program.id()).stream().anyMatch(r -> r.phase() == FeedbackPhase.BEFORE);
        phase.setValue(baselineAsked ? FeedbackPhase.AFTER : FeedbackPhase.BEFORE);
        phase.setId("round-phase");
        CheckboxGroup<RaterRole> roles = new CheckboxGroup<>(getTranslation("feedback360.rounds.roles"));
        roles.setItems(RaterRole.MENTOR, RaterRole.COACH, RaterRole.MANAGER, RaterRole.DIRECT_REPORT);
        roles.setItemLabelGenerator(r -> getTranslation("feedback360.roleLabel." + r.name()));
        roles.setValue(EnumSet.of(RaterRole.MENTOR, RaterRole.COACH, RaterRole.MANAGER, RaterRole.DIRECT_REPORT));
        roles.setId("round-roles");
        form.add(phase, roles);
        Map<UUID, MultiSelectComboBox<Person>> peers = new LinkedHashMap<>();
        for (RosterMember hipo : hipos) {
            MultiSelectComboBox<Person> choice = new MultiSelectComboBox<>(
                    getTranslation("feedback360.rounds.peers", hipo.displayName()));
            choice.setItems(query -> people.find(new PeopleQuery(query.getFilter().orElse(null), null, null, null),
                    query.getOffset(), query.getLimit()).stream(),
                    query -> people.count(new PeopleQuery(query.getFilter().orElse(null), null, null, null)));
            choice.setItemLabelGenerator(Person::fullName);
            choice.setWidth("min(100%, 36rem)");
            peers.put(hipo.id(), choice);
            form.add(choice);
        }
        Button send = new Button(getTranslation("feedback360.rounds.send"), e -> {
            Map<UUID, List<UUID>> chosenPeers = new LinkedHashMap<>();
            peers.forEach((hipo, choice) -> chosenPeers.put(hipo,
                    choice.getValue().stream().map(Person::id).toList()));
            try {
                FeedbackRoundOverview round = rounds.send(program.id(), phase.getValue(),
                        new RaterChoice(roles.getValue(), chosenPeers));
                int asked = round.hipos().stream().mapToInt(HipoResponses::asked).sum();
                Notifications.success(getTranslation("feedback360.rounds.sent", asked));
                peers.values().forEach(MultiSelectComboBox::clear);
                showRounds();
            } catch (InvalidInputException ex) {
                Notifications.error(getTranslation(ex.getMessage()));
            }
        });
        send.setId("send-round");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(send);
        return form;
    }

    private void showRounds() {
        roundList.removeAll();
        List<FeedbackRoundOverview> all = rounds.rounds(program.id());
        if (all.isEmpty()) {
            roundList.add(new Paragraph(getTranslation("feedback360.rounds.none")));
            return;
        }
        for (FeedbackRoundOverview round : all) {
            roundList.add(new H3(getTranslation("feedback360.rounds.round",
                    getTranslation("feedback360.phase." + round.phase().name()),
                    formats.date(round.sentAt().atZone(formats.zone()).toLocalDate()),
                    formats.date(round.expiresAt().atZone(formats.zone()).toLocalDate()))));
            Grid<HipoResponses> grid = new Grid<>();
            grid.addColumn(HipoResponses::hipoName).setHeader(getTranslation("feedback360.rounds.hipo"));
            grid.addColumn(h -> getTranslation("feedback360.rounds.rateValue", h.answered(), h.asked()))
                    .setHeader(getTranslation("feedback360.rounds.rate"));
            grid.addColumn(this::results).setHeader(getTranslation("feedback360.rounds.results")).setFlexGrow(3);
            grid.setItems(round.hipos());
            grid.setAllRowsVisible(true);
            grid.setId("round-" + round.id());
            roundList.add(grid);
            boolean everyoneAnswered = round.hipos().stream().allMatch(h -> h.answered() >= h.asked());
            if (canSend && !everyoneAnswered) {
                Button remind = new Button(getTranslation("feedback360.rounds.remind"), e -> {
                    int sent = rounds.remindNonResponders(program.id(), round.id());
                    Notifications.success(getTranslation("feedback360.rounds.reminded", sent));
                });
                remind.setId("remind-" + round.id());
                roundList.add(remind);
            }
        }
    }

    /** The results within the anonymity threshold; before it, how many answers of how many needed. */
    private String results(HipoResponses hipo) {
        if (!hipo.results().visible() || hipo.results().overallAverage() == null) {
            return getTranslation("feedback360.rounds.hidden", hipo.answered(), hipo.threshold());
        }
        return getTranslation("feedback360.rounds.average", formats.number(hipo.results().overallAverage()));
    }

    private static Optional<UUID> parseId(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle + " · " + getTranslation("app.name");
    }
}
