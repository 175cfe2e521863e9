package com.ascent.plugins.selection;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugins.selection.matching.Profile;
import com.ascent.plugins.selection.matching.ScoringModel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Choosing mentors and coaches: employees from the directory or external guides, with role,
 * capacity, languages, availability and strengths; the list shows how many places each has left
 * and for how many of the HiPos the hard rules allow them.
 */
final class GuidePanel extends VerticalLayout implements Panel {

    private final StepContext context;
    private final Translator messages;
    private final Feedback feedback = new Feedback();
    private final RadioButtonGroup<Boolean> external = new RadioButtonGroup<>();
    private final ComboBox<Person> person = new ComboBox<>();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField location = new TextField();
    private final Select<RosterRole> role;
    private final IntegerField capacity;
    private final MultiSelectComboBox<String> languages;
    private final Select<Availability> availability;
    private final MultiSelectComboBox<String> capabilities;
    private final Span eligibility = new Span();
    private final RosterTable guides;
    private List<RosterMember> members = List.of();
    private Map<UUID, Integer> taken = Map.of();
    private Map<UUID, Integer> eligibleFor = Map.of();
    private int hipoCount;

    GuidePanel(StepContext context) {
        name.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        email.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        location.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        this.context = context;
        this.messages = context.messages();
        setPadding(false);
        role = Fields.guideRole(messages, "guide-role");
        capacity = Fields.capacity(messages, "guide-capacity");
        languages = Fields.tags(messages.get("guides.languages"), "guide-languages", List.of());
        availability = Fields.availability(messages, "guide-availability");
        capabilities = Fields.tags(messages.get("guides.capabilities"), "guide-capabilities", List.of());
        guides = rosterSection();
        add(new Paragraph(messages.get("guides.intro")));
        if (context.canEdit()) {
            add(form());
        }
        add(guides);
    }

    private VerticalLayout form() {
        external.setId("guide-source");
        external.setLabel(messages.get("guides.source"));
        external.setItems(false, true);
        external.setItemLabelGenerator(e -> messages.get(e ? "guides.source.external" : "guides.source.employee"));
        external.setValue(false);
        external.addValueChangeListener(e -> showSource());
        person.setId("guide-person");
        person.setLabel(messages.get("guides.person"));
        person.setPlaceholder(messages.get("guides.person.placeholder"));
        person.setItemLabelGenerator(p -> p.fullName() + " · " + p.function() + " · "
                + messages.get("member.level", p.level()));
        person.setItems(query -> context.people().find(new PeopleQuery(query.getFilter().orElse(null), null, null, null),
                query.getOffset(), query.getLimit()).stream());
        person.addValueChangeListener(e -> personChosen(e.getValue()));
        person.setWidthFull();
        name.setId("guide-name");
        name.setLabel(messages.get("guides.name"));
        email.setId("guide-email");
        email.setLabel(messages.get("guides.email"));
        location.setId("guide-location");
        location.setLabel(messages.get("guides.location"));
        eligibility.setId("guide-eligibility");
        eligibility.addClassName("ascent-muted");
        feedback.field("personId", person).field("externalName", name).field("externalEmail", email)
                .field("externalLocation", location).field("role", role).field("capacity", capacity);
        FormLayout form = new FormLayout(external, person, name, email, location, role, capacity, languages,
                availability, capabilities);
        form.setColspan(external, 2);
        form.setColspan(person, 2);
        Button add = new Button(messages.get("guides.add"), e -> addGuide());
        add.setId("add-guide");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        showSource();
        VerticalLayout section = new VerticalLayout(form, eligibility, add);
        section.setPadding(false);
        return section;
    }

    private RosterTable rosterSection() {
        return new RosterTable(context, "guide-roster", messages.get("guides.roster.empty"), grid -> {
            grid.addColumn(m -> messages.get("role." + m.role().name())).setHeader(messages.get("column.role"));
            grid.addColumn(m -> messages.get("column.capacity.value", taken.getOrDefault(m.id(), 0), m.capacity()))
                    .setHeader(messages.get("column.capacity"));
            grid.addColumn(m -> Texts.describe(m, messages)).setHeader(messages.get("column.function")).setFlexGrow(2);
            grid.addColumn(m -> String.join(", ", m.capabilities())).setHeader(messages.get("column.strengths"))
                    .setFlexGrow(2);
            grid.addColumn(m -> String.join(", ", m.languages())).setHeader(messages.get("column.languages"));
            grid.addColumn(m -> messages.get("availability." + m.availability().name()))
                    .setHeader(messages.get("column.availability"));
            grid.addColumn(m -> messages.get("column.eligibility.value", eligibleFor.getOrDefault(m.id(), 0),
                    hipoCount)).setHeader(messages.get("column.eligibility"));
        }, this::refresh);
    }

    @Override
    public void refresh() {
        members = context.roster().members();
        List<Pair> pairs = context.roster().pairs();
        Map<UUID, Integer> counts = new HashMap<>();
        pairs.forEach(p -> counts.merge(p.guideMemberId(), 1, Integer::sum));
        taken = counts;
        eligibleFor = eligibility();
        List<RosterMember> current = members.stream().filter(m -> m.role().isGuide()).toList();
        guides.show(messages.get("guides.roster", current.size()), current);
        Fields.options(languages, Fields.languageOptions(messages, members), languages.getValue());
        Fields.options(capabilities, Fields.capabilityOptions(context, members), capabilities.getValue());
    }

    /** For each guide, how many of the HiPos the hard rules allow (mentors by mentoring criteria, coaches by coaching). */
    private Map<UUID, Integer> eligibility() {
        List<Profile> hipos = members.stream().filter(m -> m.role() == RosterRole.HIPO).map(m -> Profile.of(m, 0)).toList();
        hipoCount = hipos.size();
        Map<UUID, Integer> result = new HashMap<>();
        for (PairKind kind : PairKind.values()) {
            List<RosterMember> ofKind = members.stream().filter(m -> m.role().guides(kind))
                    .filter(m -> kind == PairKind.MENTORING || !m.role().guides(PairKind.MENTORING)).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            MatchingCriteria criteria = context.roster().criteria(kind);
            ScoringModel model = new ScoringModel(criteria, List.of(), hipos,
                    ofKind.stream().map(m -> Profile.of(m, m.capacity())).toList());
            for (int g = 0; g < ofKind.size(); g++) {
                int allowed = 0;
                for (int h = 0; h < hipos.size(); h++) {
                    if (model.exclusion(h, g) == ScoringModel.Exclusion.NONE) {
                        allowed++;
                    }
                }
                result.put(ofKind.get(g).id(), allowed);
            }
        }
        return result;
    }

    private void showSource() {
        boolean isExternal = Boolean.TRUE.equals(external.getValue());
        person.setVisible(!isExternal);
        name.setVisible(isExternal);
        email.setVisible(isExternal);
        location.setVisible(isExternal);
        eligibility.setText("");
    }

    /** Says whether the chosen person can guide here, and offers their skills as strengths. */
    private void personChosen(Person chosen) {
        if (chosen == null) {
            eligibility.setText("");
            return;
        }
        RosterMember existing = members.stream().filter(m -> chosen.id().equals(m.personId())).findFirst().orElse(null);
        long manages = members.stream().filter(m -> m.role() == RosterRole.HIPO && m.reportingLine().contains(chosen.id()))
                .count();
        if (existing != null && existing.role() == RosterRole.HIPO) {
            eligibility.setText(messages.get("guides.eligibility.hipo"));
        } else if (existing != null) {
            eligibility.setText(messages.get("guides.eligibility.onRoster", messages.get("role." + existing.role().name())));
        } else if (manages > 0) {
            eligibility.setText(messages.get("guides.eligibility.manages", manages));
        } else {
            eligibility.setText(messages.get("guides.eligibility.ok", chosen.level(), chosen.function(), chosen.location()));
        }
        Fields.options(capabilities, Stream.concat(capabilities.getListDataView().getItems(), chosen.skills().stream())
                .toList(), chosen.skills());
    }

    private void addGuide() {
        feedback.clear();
        boolean isExternal = Boolean.TRUE.equals(external.getValue());
        Person chosen = person.getValue();
        MemberDraft draft = new MemberDraft(isExternal || chosen == null ? null : chosen.id(),
                isExternal ? name.getValue() : null, isExternal ? email.getValue() : null,
                isExternal ? location.getValue() : null, Objects.requireNonNullElse(role.getValue(), RosterRole.MENTOR),
                Objects.requireNonNullElse(capacity.getValue(), 0), Fields.chosen(languages),
                Objects.requireNonNullElse(availability.getValue(), Availability.MEDIUM), Fields.chosen(capabilities));
        try {
            RosterMember added = context.roster().addMember(draft);
            Feedback.success(messages.get("guides.added", added.displayName()));
            person.clear();
            name.clear();
            email.clear();
            location.clear();
            capabilities.clear();
            refreshAfterChange();
        } catch (InvalidInputException e) {
            feedback.show(e);
        } catch (ConcurrentEditException e) {
            Feedback.error(e.getMessage());
            refresh();
        }
    }

    private void refreshAfterChange() {
        context.changes().saved();
        refresh();
    }
}
