package com.ascent.plugins.selection;

import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.TextLimits;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MatchingCriteria;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairStatus;
import com.ascent.plugin.api.roster.PairingWaiver;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugins.selection.matching.Alternatives;
import com.ascent.plugins.selection.matching.MatchingPlan;
import com.ascent.plugins.selection.matching.MatchingPlan.Unmatched;
import com.ascent.plugins.selection.matching.Progress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The review before pairs go live: run matching, read each proposed pair's reasons, lock, swap,
 * run again for the unlocked rest, confirm; and see who could not be paired and why.
 */
final class PairsPanel extends VerticalLayout implements Panel {

    /** Runs scoring more candidate pairs than this go to the background with a progress bar. */
    static final long BACKGROUND_THRESHOLD = 50_000;
    /** Cards shown at first and added by "show more": thousands of cards would only slow the browser. */
    static final int PAGE = 50;

    private final StepContext context;
    private final Translator messages;
    private final RadioButtonGroup<PairKind> kind = new RadioButtonGroup<>();
    private final Button run = new Button();
    private final Button confirmAll = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Paragraph summary = new Paragraph();
    private final Paragraph coachingOptional = new Paragraph();
    private final Div unmatched = new Div();
    private final CapabilityNotice capabilityNotice;
    private final Div waivers = new Div();
    private final TextField search = new TextField();
    private final Div cards = new Div();
    private final Button more = new Button();
    private @Nullable MatchingRunner runner;
    private int shown = PAGE;
    private List<RosterMember> members = List.of();
    private Map<UUID, RosterMember> byId = Map.of();
    private List<Pair> pairs = List.of();
    private List<PairingWaiver> recorded = List.of();
    private MatchingCriteria criteria;
    private List<String> objectiveCapabilities = List.of();
    /** The kinds matched on this screen: who is left unpaired is only explained once a matching ran. */
    private final Set<PairKind> matched = EnumSet.noneOf(PairKind.class);

    PairsPanel(StepContext context) {
        search.setMaxLength(TextLimits.NAME_MAX_LENGTH);
        this.context = context;
        this.messages = context.messages();
        setPadding(false);
        kind.setId("pairs-kind");
        kind.setLabel(messages.get("pairs.kind"));
        kind.setItems(PairKind.values());
        kind.setItemLabelGenerator(k -> messages.get("kind." + k.name()));
        kind.setValue(PairKind.MENTORING);
        kind.addValueChangeListener(e -> {
            shown = PAGE;
            refresh();
        });
        criteria = context.roster().criteria(PairKind.MENTORING);
        capabilityNotice = new CapabilityNotice(context, "pairs", this::refresh);

        run.setId("run-matching");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runMatching());
        confirmAll.setId("confirm-pairs");
        confirmAll.setText(messages.get("pairs.confirmAll"));
        confirmAll.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        confirmAll.addClickListener(e -> confirm(proposed()));
        run.setVisible(context.canEdit());
        confirmAll.setVisible(context.canEdit());
        progress.setId("matching-progress");
        progress.setVisible(false);
        progress.setWidth("20rem");
        status.setId("matching-status");
        status.addClassName("ascent-muted");
        HorizontalLayout actions = new HorizontalLayout(run, confirmAll);
        actions.setWrap(true);
        VerticalLayout running = new VerticalLayout(status, progress);
        running.setPadding(false);
        running.setSpacing(false);

        summary.setId("pairs-summary");
        coachingOptional.setText(messages.get("pairs.coachingOptional"));
        coachingOptional.addClassName("ascent-muted");
        unmatched.setId("unmatched");
        waivers.setId("waivers");
        search.setId("pairs-search");
        search.setLabel(messages.get("pairs.search"));
        search.setPlaceholder(messages.get("pairs.search.placeholder"));
        // Wide enough for the whole hint: a cut-off placeholder reads as a typo.
        search.setWidth("20em");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            shown = PAGE;
            showCards();
        });
        cards.setId("pair-cards");
        cards.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-s)")
                .set("width", "100%");
        more.setId("pairs-more");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> {
            shown += PAGE;
            showCards();
        });
        HorizontalLayout top = new HorizontalLayout(kind, actions);
        top.setAlignItems(FlexComponent.Alignment.END);
        top.setWrap(true);
        add(new Paragraph(messages.get("pairs.intro")), top, running, coachingOptional, capabilityNotice, summary, unmatched, waivers, search, cards, more);
    }

    @Override
    public void refresh() {
        PairKind current = Objects.requireNonNull(kind.getValue());
        members = context.roster().members();
        byId = members.stream().collect(Collectors.toMap(RosterMember::id, Function.identity()));
        pairs = context.roster().pairs();
        recorded = context.roster().waivers();
        criteria = context.roster().criteria(current);
        objectiveCapabilities = Texts.objectiveCapabilities(context);
        coachingOptional.setVisible(current == PairKind.COACHING);
        capabilityNotice.show(current, members, criteria);
        List<Pair> ofKind = ofKind();
        boolean hasProposals = ofKind.stream().anyMatch(p -> p.status() == PairStatus.PROPOSED);
        run.setText(messages.get(hasProposals ? "pairs.rerun" : "pairs.run"));
        run.setEnabled(runner == null);
        confirmAll.setEnabled(runner == null && hasProposals);
        showSummary(ofKind);
        showUnmatched();
        showWaivers();
        showCards();
    }

    private List<Pair> ofKind() {
        return pairs.stream().filter(p -> p.kind() == kind.getValue()).toList();
    }

    private List<Pair> proposed() {
        return ofKind().stream().filter(p -> p.status() == PairStatus.PROPOSED).toList();
    }

    /** The pair kind's name, which the texts turn into "mentor" or "coach" in the grammatical form they need. */
    private String guideKind() {
        return Objects.requireNonNull(kind.getValue()).name();
    }

    private void showSummary(List<Pair> ofKind) {
        long hipos = members.stream().filter(m -> m.role() == RosterRole.HIPO).count();
        if (hipos == 0) {
            summary.setText(messages.get("pairs.summary.empty"));
            return;
        }
        long confirmed = ofKind.stream().filter(Pair::confirmed).count();
        String text = messages.get("pairs.summary", ofKind.size(), hipos, guideKind(), confirmed,
                ofKind.size() - confirmed);
        List<BigDecimal> scores = ofKind.stream().map(Pair::score).filter(Objects::nonNull).toList();
        if (!scores.isEmpty()) {
            BigDecimal average = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(scores.size()), 0, RoundingMode.HALF_UP);
            text += " " + messages.get("pairs.average", average.toPlainString());
        }
        summary.setText(text);
    }

    private void showUnmatched() {
        unmatched.removeAll();
        PairKind current = Objects.requireNonNull(kind.getValue());
        if (!matchingRan()) {
            return;
        }
        List<Unmatched> left = MatchingPlan.current(current, members, pairs, recorded, criteria, objectiveCapabilities)
                .unpaired().stream().sorted(Comparator.comparing(Unmatched::name)).toList();
        if (left.isEmpty()) {
            return;
        }
        unmatched.add(new H3(messages.get("pairs.unmatched.title", guideKind())));
        for (Unmatched u : left) {
            Div line = new Div(new Span(reason(u)));
            line.addClassName("unmatched-hipo");
            line.getElement().setAttribute("data-hipo", u.name());
            line.getElement().setAttribute("data-reason", u.reason().name());
            if (context.canEdit()) {
                Button waive = new Button(messages.get("pairs.waive"),
                        e -> new WaiverDialog(context, u.memberId(), u.name(), current, this::refreshAfterChange).open());
                waive.setId("waive-" + u.memberId());
                waive.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                line.add(waive);
            }
            unmatched.add(line);
        }
        Paragraph hint = new Paragraph(messages.get("pairs.unmatched.hint", guideKind()));
        hint.addClassName("ascent-muted");
        unmatched.add(hint);
    }

    /** Who is left without a guide, and why, in words. */
    private String reason(Unmatched u) {
        return switch (u.reason()) {
            case NO_GUIDES -> messages.get("pairs.unmatched.NO_GUIDES", u.name(), guideKind());
            // Guides with places left, yet no pair: the roster changed since matching ran.
            case ALL_TAKEN -> messages.get("pairs.unmatched.placesLeft", u.name(), u.eligible(), guideKind(), run.getText());
            case NO_ELIGIBLE -> {
                if (u.functionRule() == 0 && u.reportingLine() == 0) {
                    yield messages.get("pairs.unmatched.ALL_TAKEN", u.name(), u.full(), guideKind());
                }
                List<String> parts = new ArrayList<>();
                if (u.functionRule() > 0) {
                    FunctionRule rule = criteria.functionRule();
                    parts.add(messages.get("pairs.unmatched.functionRule." + rule.name(), u.functionRule(), u.function()));
                }
                if (u.reportingLine() > 0) {
                    parts.add(messages.get("pairs.unmatched.reportingLine", u.reportingLine()));
                }
                if (u.full() > 0) {
                    parts.add(messages.get("pairs.unmatched.full", u.full()));
                }
                yield messages.get("pairs.unmatched.NO_ELIGIBLE", u.name(), guideKind(), String.join("; ", parts) + ".");
            }
        };
    }

    private void showWaivers() {
        waivers.removeAll();
        List<PairingWaiver> ofKind = recorded.stream().filter(w -> w.kind() == kind.getValue()).toList();
        if (ofKind.isEmpty()) {
            return;
        }
        waivers.add(new H3(messages.get("pairs.waivers.title")));
        for (PairingWaiver waiver : ofKind) {
            RosterMember hipo = byId.get(waiver.hipoMemberId());
            Div line = new Div(new Span(messages.get("pairs.waiver", hipo == null ? "" : hipo.displayName(),
                    waiver.reason(), waiver.recordedBy())));
            line.addClassName("pairing-waiver");
            if (context.canEdit()) {
                Button remove = new Button(messages.get("pairs.waiver.remove"), e -> write(() ->
                        context.roster().removeWaiver(waiver.id(), waiver.version())));
                remove.setId("remove-waiver-" + waiver.hipoMemberId());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                line.add(remove);
            }
            waivers.add(line);
        }
    }

    private void showCards() {
        cards.removeAll();
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        List<Pair> listed = ofKind().stream()
                .filter(p -> byId.containsKey(p.hipoMemberId()) && byId.containsKey(p.guideMemberId()))
                .filter(p -> text.isEmpty() || name(p.hipoMemberId()).contains(text) || name(p.guideMemberId()).contains(text))
                .sorted(Comparator.comparing((Pair p) -> byId.get(p.hipoMemberId()).displayName())
                        .thenComparing(Pair::hipoMemberId))
                .toList();
        if (listed.isEmpty()) {
            Paragraph none = new Paragraph(ofKind().isEmpty()
                    ? messages.get("pairs.empty", guideKind(), messages.get("pairs.run"), messages.get("tab.guides"), messages.get("tab.criteria"))
                    : messages.get("pairs.noMatch", search.getValue().strip()));
            none.setId("pairs-empty");
            none.addClassName("ascent-muted");
            cards.add(none);
        }
        PairCard.Actions actions = new PairCard.Actions(
                pair -> write(() -> context.roster().lock(pair.id(), pair.version())),
                pair -> write(() -> context.roster().unlock(pair.id(), pair.version())),
                this::openSwap,
                pair -> confirm(List.of(pair)),
                pair -> write(() -> context.roster().reopen(pair.id(), pair.version())));
        listed.stream().limit(shown).forEach(pair -> cards.add(new PairCard(pair, byId.get(pair.hipoMemberId()),
                byId.get(pair.guideMemberId()), messages, context.canEdit(), actions)));
        more.setVisible(listed.size() > shown);
        more.setText(messages.get("common.showMore", Math.min(PAGE, listed.size() - shown)));
    }

    /** Whether pairs of the chosen kind were proposed, now or before: until then nobody is "left" unpaired. */
    private boolean matchingRan() {
        return matched.contains(kind.getValue()) || !ofKind().isEmpty();
    }

    private String name(UUID memberId) {
        return byId.get(memberId).displayName().toLowerCase(Locale.ROOT);
    }

    private void openSwap(Pair pair) {
        RosterMember hipo = byId.get(pair.hipoMemberId());
        List<Alternatives.Alternative> alternatives = Alternatives.of(pair, members, pairs, criteria, objectiveCapabilities);
        BigDecimal current = Alternatives.currentScore(pair, members, criteria, objectiveCapabilities);
        new SwapDialog(context, pair, hipo, current, alternatives, this::refreshAfterChange).open();
    }

    private void confirm(List<Pair> toConfirm) {
        if (toConfirm.isEmpty()) {
            return;
        }
        write(() -> {
            context.roster().confirm(toConfirm);
            Feedback.success(messages.get("pairs.confirmed", toConfirm.size()));
        });
    }

    /** Matching of a small program runs at once; a large one runs in the background with progress. */
    private void runMatching() {
        refresh();
        MatchingPlan plan = MatchingPlan.prepare(Objects.requireNonNull(kind.getValue()), members, pairs, recorded,
                criteria, objectiveCapabilities);
        if (plan.candidatePairs() <= BACKGROUND_THRESHOLD) {
            save(plan.run(Progress.NONE, () -> false));
            return;
        }
        getUI().ifPresent(ui -> {
            run.setEnabled(false);
            confirmAll.setEnabled(false);
            kind.setEnabled(false);
            progress.setValue(0);
            progress.setVisible(true);
            status.setText(messages.get("pairs.running", plan.candidatePairs()));
            runner = MatchingRunner.start(ui, plan, new MatchingRunner.Listener() {
                @Override
                public void waiting() {
                    status.setText(messages.get("pairs.waiting"));
                }

                @Override
                public void started() {
                    status.setText(messages.get("pairs.running", plan.candidatePairs()));
                }

                @Override
                public void progress(double fraction) {
                    progress.setValue(fraction);
                }

                @Override
                public void finished(MatchingPlan.Outcome outcome) {
                    stopped();
                    save(outcome);
                }

                @Override
                public void failed(RuntimeException e) {
                    stopped();
                    Feedback.error(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                    refresh();
                }
            });
        });
    }

    private void stopped() {
        runner = null;
        progress.setVisible(false);
        status.setText("");
        kind.setEnabled(true);
    }

    private void save(MatchingPlan.Outcome outcome) {
        matched.add(outcome.kind());
        write(() -> {
            context.roster().replaceProposals(outcome.kind(), outcome.proposals());
            Feedback.success(messages.get("pairs.proposed", outcome.proposals().size(),
                    Texts.score(BigDecimal.valueOf(outcome.totalPoints(), 2))));
        });
    }

    /** Runs a write; whatever happens, the screen shows the stored state afterwards. */
    private void write(Runnable change) {
        try {
            change.run();
            context.changes().saved();
        } catch (InvalidInputException | ConcurrentEditException e) {
            Feedback.error(e.getMessage());
        }
        refresh();
    }

    private void refreshAfterChange() {
        context.changes().saved();
        refresh();
    }
}
