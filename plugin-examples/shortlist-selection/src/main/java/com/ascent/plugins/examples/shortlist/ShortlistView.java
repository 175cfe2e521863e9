package com.ascent.plugins.examples.shortlist;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.roster.RosterService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who takes part, each HiPo's short list with the mentor they chose, and HR's confirmation. Every
 * change is written at once through the roster service; the view is then rebuilt from it.
 */
final class ShortlistView extends VerticalLayout {

    /** How many mentees a mentor added here takes on; HR changes it in the default step if needed. */
    private static final int MENTOR_CAPACITY = 2;

    private final StepContext context;
    private final Translator messages;
    private final RosterService roster;
    private final VerticalLayout content = new VerticalLayout();

    ShortlistView(StepContext context) {
        this.context = context;
        this.messages = context.messages();
        this.roster = context.roster();
        setId("shortlist-selection");
        setPadding(false);
        content.setPadding(false);
        add(participants(), content);
        refresh();
    }

    private Component participants() {
        ComboBox<Person> person = new ComboBox<>(messages.get("participants.person"));
        person.setId("shortlist-person");
        person.setWidth("20rem");
        person.setItems(
                page -> context.people().find(query(page.getFilter().orElse("")), page.getOffset(), page.getLimit()).stream(),
                page -> context.people().count(query(page.getFilter().orElse(""))));
        person.setItemLabelGenerator(p -> messages.get("participants.personLabel", p.fullName(), p.function(), p.title()));
        Button addHipo = new Button(messages.get("participants.addHipo"),
                e -> add(person, MemberDraft::hipo));
        addHipo.setId("shortlist-add-hipo");
        Button addMentor = new Button(messages.get("participants.addMentor"),
                e -> add(person, id -> MemberDraft.employee(id, RosterRole.MENTOR, MENTOR_CAPACITY, List.of(),
                        Availability.MEDIUM, List.of())));
        addMentor.setId("shortlist-add-mentor");
        HorizontalLayout row = new HorizontalLayout(person, addHipo, addMentor);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setVisible(context.canEdit());
        VerticalLayout section = new VerticalLayout(new H3(messages.get("participants.heading")),
                new Paragraph(messages.get("participants.intro")), row);
        section.setPadding(false);
        return section;
    }

    private static PeopleQuery query(String filter) {
        return new PeopleQuery(filter.isBlank() ? null : filter, null, null, null);
    }

    private void add(ComboBox<Person> person, Function<UUID, MemberDraft> draft) {
        if (person.getValue() == null) {
            person.setErrorMessage(messages.get("participants.choosePerson"));
            person.setInvalid(true);
            return;
        }
        try {
            roster.addMember(draft.apply(person.getValue().id()));
            person.clear();
            person.setInvalid(false);
            saved();
        } catch (InvalidInputException e) {
            person.setErrorMessage(e.getMessage());
            person.setInvalid(true);
        }
    }

    private void refresh() {
        content.removeAll();
        List<RosterMember> members = roster.members();
        List<Pair> pairs = roster.pairs();
        Map<UUID, String> names = members.stream().collect(Collectors.toMap(RosterMember::id, RosterMember::displayName));
        List<RosterMember> hipos = members.stream().filter(m -> m.role() == RosterRole.HIPO).toList();
        List<RosterMember> mentors = members.stream().filter(m -> m.role().guides(PairKind.MENTORING)).toList();

        Paragraph who = new Paragraph(messages.get("participants.summary", names(hipos), names(mentors)));
        who.setId("shortlist-participants");
        content.add(who, new H3(messages.get("shortlists.heading")));
        if (hipos.isEmpty() || mentors.isEmpty()) {
            content.add(muted(messages.get("shortlists.empty"), "shortlists-empty"));
        } else {
            content.add(new Paragraph(messages.get("shortlists.intro")));
            FunctionRule rule = roster.criteria(PairKind.MENTORING).functionRule();
            hipos.stream()
                    .filter(hipo -> ShortlistRules.mentoringPair(hipo, pairs).map(p -> !p.confirmed()).orElse(true))
                    .forEach(hipo -> content.add(card(hipo, members, pairs, rule)));
            Button confirm = new Button(messages.get("shortlists.confirm"), e -> confirmChoices());
            confirm.setId("shortlist-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.setEnabled(context.canEdit() && pairs.stream().anyMatch(ShortlistView::chosen));
            content.add(confirm);
        }
        content.add(new H3(messages.get("confirmed.heading")), confirmed(pairs, names));
    }

    /** One HiPo, their short list, and the mentor they chose. */
    private Component card(RosterMember hipo, List<RosterMember> members, List<Pair> pairs, FunctionRule rule) {
        Div card = new Div();
        card.addClassName("shortlist-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-m)")
                .set("width", "100%").set("box-sizing", "border-box");
        List<RosterMember> shortlist = Shortlist.suggest(hipo, members, pairs, rule);
        if (shortlist.isEmpty()) {
            card.add(new Span(messages.get("shortlists.nobody", hipo.displayName())));
            return card;
        }
        RadioButtonGroup<RosterMember> choice = new RadioButtonGroup<>(
                messages.get("shortlists.choiceLabel", hipo.displayName(), Objects.requireNonNullElse(hipo.function(), "")));
        choice.setItems(shortlist);
        choice.setItemLabelGenerator(m -> messages.get("shortlists.mentorLabel", m.displayName(),
                Objects.requireNonNullElse(m.function(), ""), Objects.requireNonNullElse(m.level(), 0)));
        Optional<Pair> chosen = ShortlistRules.mentoringPair(hipo, pairs);
        chosen.flatMap(p -> shortlist.stream().filter(m -> m.id().equals(p.guideMemberId())).findFirst())
                .ifPresent(choice::setValue);
        choice.setReadOnly(!context.canEdit());
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                record(choice, () -> chosen.isPresent()
                        ? roster.changeGuide(chosen.get().id(), chosen.get().version(), e.getValue().id(), null, List.of())
                        : roster.addPair(new PairProposal(hipo.id(), e.getValue().id(), PairKind.MENTORING, null, List.of())));
            }
        });
        card.add(choice);
        return card;
    }

    private void record(RadioButtonGroup<RosterMember> choice, Supplier<Pair> write) {
        try {
            write.get();
            saved();
        } catch (InvalidInputException e) {
            choice.setErrorMessage(e.getMessage());
            choice.setInvalid(true);
        } catch (ConcurrentEditException e) {
            error(e.getMessage());
            refresh();
        }
    }

    /** HR confirms what the mentees chose: the pairs become the program's pairs. */
    private void confirmChoices() {
        List<Pair> choices = roster.pairs().stream().filter(ShortlistView::chosen).toList();
        try {
            roster.confirm(choices);
            saved();
            Notification.show(messages.get("shortlists.confirmed", choices.size()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException | ConcurrentEditException e) {
            error(e.getMessage());
            refresh();
        }
    }

    private static boolean chosen(Pair pair) {
        return pair.kind() == PairKind.MENTORING && !pair.confirmed();
    }

    private Component confirmed(List<Pair> pairs, Map<UUID, String> names) {
        Div list = new Div();
        list.setId("shortlist-confirmed");
        List<Pair> confirmed = pairs.stream().filter(Pair::confirmed).toList();
        if (confirmed.isEmpty()) {
            list.add(muted(messages.get("confirmed.empty"), null));
        }
        confirmed.forEach(p -> list.add(new Paragraph(messages.get(p.kind() == PairKind.MENTORING
                ? "confirmed.mentoring" : "confirmed.coaching", names.get(p.hipoMemberId()), names.get(p.guideMemberId())))));
        return list;
    }

    private void saved() {
        context.changes().saved();
        refresh();
    }

    private String names(List<RosterMember> members) {
        return members.isEmpty() ? messages.get("participants.nobody")
                : members.stream().map(RosterMember::displayName).collect(Collectors.joining(", "));
    }

    private static Paragraph muted(String text, @Nullable String id) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.getStyle().set("color", "var(--lumo-secondary-text-color)");
        if (id != null) {
            paragraph.setId(id);
        }
        return paragraph;
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
