package com.ascent.plugins.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.security.Role;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.plugin.api.objectives.StrategyService;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.CriteriaDraft;
import com.ascent.plugin.api.roster.CriteriaWeights;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairProposal;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import com.ascent.plugin.api.roster.RosterService;
import com.ascent.plugin.testkit.StepPluginTest;
import com.ascent.plugins.selection.TestDirectory.Spec;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Coaches &amp; mentors step as a user drives it: the plugin loaded by PF4J inside the real
 * host, its view on a real step context, real services and PostgreSQL. Components are found by
 * their Vaadin type and id. The wizard's stepper, which shows this step's status, is the host's.
 */
class SelectionStepTest extends StepPluginTest {

    static final String STEP = "selection";

    @Autowired
    PeopleDirectory directory;

    /** The language of the texts, English unless a test chooses another. */
    Locale language = Locale.ENGLISH;
    TestDirectory people;
    UUID ana;
    UUID ben;
    UUID sara;
    UUID felix;
    UUID mia;
    UUID max;

    @Override
    protected Locale locale() {
        return language;
    }

    @BeforeEach
    void programWithPeople() {
        people = new TestDirectory(directory);
        UUID director = people.add(Spec.of("Sam Director", "Sales", 12));
        ana = people.add(Spec.of("Ana Finance", "Finance", 5).rated(3, 3));
        ben = people.add(Spec.of("Ben Finance", "Finance", 4).rated(2, 3));
        sara = people.add(Spec.of("Sara Sales", "Sales", 5).rated(3, 2).managedBy(director));
        felix = people.add(Spec.of("Felix Finance", "Finance", 9).skilled("Financial acumen"));
        mia = people.add(Spec.of("Mia Marketing", "Marketing", 8).in("Berlin"));
        max = people.add(Spec.of("Max Marketing", "Marketing", 9));
    }

    private void openStep() {
        show(STEP);
    }

    private void openTab(String label) {
        test($(TabSheet.class).id("selection-tabs")).select(label);
    }

    private <T extends Component> T byId(Class<T> type, String id) {
        return $(type).id(id);
    }

    /** A component of the open tab that is not visible (yet), which queries skip: found by walking the tab's tree. */
    private <T extends Component> T hidden(Class<T> type, String id) {
        Component tab = test($(TabSheet.class).id("selection-tabs")).getTabContent(
                $(TabSheet.class).id("selection-tabs").getSelectedIndex());
        Deque<Component> todo = new ArrayDeque<>(List.of(tab));
        while (!todo.isEmpty()) {
            Component component = todo.pop();
            if (type.isInstance(component) && component.getId().filter(id::equals).isPresent()) {
                return type.cast(component);
            }
            component.getChildren().forEach(todo::push);
        }
        throw new NoSuchElementException(id);
    }

    /** Whether a component with this id is in the view and visible. */
    private boolean shown(Class<? extends Component> type, String id) {
        return $(type).withId(id).all().stream().anyMatch(Component::isVisible);
    }

    private void click(String buttonId) {
        test(byId(Button.class, buttonId)).click();
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    private List<Div> cards() {
        return $(Div.class).withClassName("pair-card").all();
    }

    private Div card(UUID hipoMemberId) {
        return byId(Div.class, "pair-card-" + hipoMemberId);
    }

    private RosterService roster() {
        return context(STEP).roster();
    }

    private RosterMember member(UUID personId, RosterRole role, int capacity) {
        return roster().addMember(role == RosterRole.HIPO ? MemberDraft.hipo(personId)
                : MemberDraft.employee(personId, role, capacity, List.of("English"), Availability.MEDIUM, List.of()));
    }

    private void mustDiffer() {
        roster().saveCriteria(PairKind.MENTORING, 0,
                new CriteriaDraft(new CriteriaWeights(3, 2, 2, 1, 3, 1), FunctionRule.MUST_DIFFER, 2));
    }

    private boolean stepComplete() {
        return status(STEP).complete();
    }

    @Test
    void hiposArePickedFromTheDirectoryThroughTheNineBoxAndFilters() {
        openStep();
        Grid<?> candidates = byId(Grid.class, "hipo-candidates");
        assertThat(test(candidates).size()).isEqualTo(7);
        assertThat(byId(Button.class, "nine-box-3-3").getElement().getAttribute("aria-label"))
                .isEqualTo("Consistent star: 1");

        click("nine-box-3-3");
        click("nine-box-2-3");
        assertThat(test(candidates).size()).isEqualTo(2);
        assertThat(byId(Button.class, "nine-box-3-3").getElement().getAttribute("aria-pressed")).isEqualTo("true");
        test(byId(ComboBox.class, "hipo-filter-function")).selectItem("Sales");
        assertThat(test(candidates).size()).as("Sales people in the chosen boxes").isZero();
        test(byId(ComboBox.class, "hipo-filter-function")).selectItem("Finance");
        assertThat(test(candidates).size()).isEqualTo(2);

        test(candidates).selectAll();
        click("add-hipos");

        assertThat(lastNotification()).isEqualTo("2 HiPos added to the roster.");
        assertThat(roster().members()).extracting(RosterMember::displayName)
                .containsExactly("Ana Finance", "Ben Finance");
        Grid<?> hipos = byId(Grid.class, "hipo-roster");
        assertThat(test(hipos).size()).isEqualTo(2);
        assertThat(test(candidates).getCellText(0, 5)).isEqualTo("On the roster as HiPo");
        assertThat(stepComplete()).isFalse();
    }

    @Test
    void guidesAreAddedWithCapacityAndBadInputIsExplainedAtTheField() {
        member(ana, RosterRole.HIPO, 0);
        openStep();
        openTab("Mentors & coaches");
        ComboBox<?> person = byId(ComboBox.class, "guide-person");
        IntegerField capacity = byId(IntegerField.class, "guide-capacity");

        test(person).selectItem("Mia Marketing · Marketing · level 8");
        assertThat(byId(Span.class, "guide-eligibility").getText()).isEqualTo("Level 8 in Marketing, Berlin.");
        test(capacity).setValue(0);
        click("add-guide");
        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo("A mentor or coach needs a capacity of at least one HiPo.");
        assertThat(roster().members()).hasSize(1);

        test(capacity).setValue(2);
        click("add-guide");
        assertThat(lastNotification()).isEqualTo("Mia Marketing added to the roster.");

        test(person).selectItem("Ana Finance · Finance · level 5");
        assertThat(byId(Span.class, "guide-eligibility").getText())
                .isEqualTo("This person is a HiPo of this program and cannot also guide in it.");
        click("add-guide");
        assertThat(person.isInvalid()).isTrue();
        assertThat(person.getErrorMessage()).startsWith("A HiPo cannot also be a mentor or coach in the same program.");

        test(byId(RadioButtonGroup.class, "guide-source")).selectItem("An external coach or mentor");
        test(byId(TextField.class, "guide-name")).setValue("Claire Coach");
        test(byId(EmailField.class, "guide-email")).setValue("claire@coaching.example");
        test(byId(TextField.class, "guide-location")).setValue("Berlin");
        test(byId(Select.class, "guide-role")).selectItem("Coach");
        test(capacity).setValue(3);
        click("add-guide");

        Grid<?> guides = byId(Grid.class, "guide-roster");
        assertThat(test(guides).size()).isEqualTo(2);
        List<String> rows = new ArrayList<>();
        for (int row = 0; row < test(guides).size(); row++) {
            rows.add(test(guides).getCellText(row, 0) + " | " + test(guides).getCellText(row, 1) + " | "
                    + test(guides).getCellText(row, 2) + " | " + test(guides).getCellText(row, 3) + " | "
                    + test(guides).getCellText(row, 7));
        }
        assertThat(rows).containsExactly(
                "Claire Coach | Coach | 0 of 3 taken | External · Berlin | 1 of 1 HiPo",
                "Mia Marketing | Mentor | 0 of 2 taken | Marketing · level 8 · Berlin | 1 of 1 HiPo");
    }

    @Test
    void criteriaRefuseAllWeightsZeroAndStoreTheCrossFunctionalRule() {
        openStep();
        openTab("Selection criteria");
        for (String criterion : List.of("capabilities", "seniority", "function", "location", "language", "availability")) {
            test(byId(IntegerField.class, "weight-" + criterion)).setValue(0);
        }
        click("save-criteria");

        Span error = byId(Span.class, "criteria-weights-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Give at least one criterion a weight above 0; otherwise every pair scores the same.");
        assertThat(roster().criteria(PairKind.MENTORING).version()).as("nothing saved").isZero();
        assertThat(changes().unsavedCount()).as("the wizard is told of the edits not stored").isPositive();
        assertThat(changes().savedCount()).isZero();

        test(byId(IntegerField.class, "weight-function")).setValue(5);
        test(byId(RadioButtonGroup.class, "function-rule")).selectItem("Must be another function (cross-functional)");
        click("save-criteria");

        assertThat(error.isVisible()).isFalse();
        var saved = roster().criteria(PairKind.MENTORING);
        assertThat(saved.functionRule()).isEqualTo(FunctionRule.MUST_DIFFER);
        assertThat(saved.weights()).isEqualTo(new CriteriaWeights(0, 0, 5, 0, 0, 0));
        assertThat(lastNotification()).isEqualTo("Criteria for mentoring saved.");
        assertThat(changes().savedCount()).as("and then that they are stored").isPositive();
    }

    @Test
    void aFinanceHipoIsProposedAMarketingMentorWhenFunctionsMustDifferWithTheReasons() {
        mustDiffer();
        RosterMember anaMember = member(ana, RosterRole.HIPO, 0);
        RosterMember saraMember = member(sara, RosterRole.HIPO, 0);
        member(felix, RosterRole.MENTOR, 1);
        member(mia, RosterRole.MENTOR, 1);
        openStep();
        openTab("Pairs");
        assertThat(byId(Button.class, "run-matching").getText()).isEqualTo("Propose pairs");

        click("run-matching");

        assertThat(cards()).hasSize(2);
        Div anaCard = card(anaMember.id());
        assertThat(anaCard.getElement().getAttribute("data-guide")).isEqualTo("Mia Marketing");
        assertThat(anaCard.getElement().getAttribute("data-status")).isEqualTo("PROPOSED");
        assertThat(card(saraMember.id()).getElement().getAttribute("data-guide")).isEqualTo("Felix Finance");
        assertThat($(Div.class, anaCard).withClassName("pair-why-line").withAttribute("data-criterion", "function")
                .single().getText()).isEqualTo("Function (weight 2): 100% · Finance and Marketing");
        assertThat($(Span.class, anaCard).withClassName("pair-score").single().getText()).startsWith("Score ");
        assertThat(byId(Paragraph.class, "pairs-summary").getText())
                .startsWith("2 of 2 HiPos have a mentor: 0 confirmed, 2 proposed.");
        assertThat(byId(Button.class, "run-matching").getText()).isEqualTo("Propose again for unlocked pairs");
    }

    @Test
    void lockSwapRerunAndConfirmMakeTheStepComplete() {
        RosterMember anaMember = member(ana, RosterRole.HIPO, 0);
        RosterMember benMember = member(ben, RosterRole.HIPO, 0);
        member(mia, RosterRole.MENTOR, 1);
        member(max, RosterRole.MENTOR, 2);
        openStep();
        openTab("Pairs");
        click("run-matching");
        String anaGuide = card(anaMember.id()).getElement().getAttribute("data-guide");

        click("lock-" + anaMember.id());
        assertThat(card(anaMember.id()).getElement().getAttribute("data-locked")).isEqualTo("true");
        assertThat(byId(Button.class, "lock-" + anaMember.id()).getText()).isEqualTo("Unlock");

        String benGuide = card(benMember.id()).getElement().getAttribute("data-guide");
        click("swap-" + benMember.id());
        ComboBox<?> choice = byId(ComboBox.class, "swap-choice");
        List<String> options = test(choice).getSuggestions();
        assertThat(options).isNotEmpty().allSatisfy(option -> assertThat(option).contains(" · score "));
        assertThat(options).noneMatch(option -> option.startsWith(benGuide));
        String chosen = options.getFirst().substring(0, options.getFirst().indexOf(" · "));
        click("swap-apply");
        assertThat(card(benMember.id()).getElement().getAttribute("data-guide")).isEqualTo(chosen);
        assertThat(card(benMember.id()).getElement().getAttribute("data-locked")).isEqualTo("true");

        click("run-matching");
        assertThat(card(anaMember.id()).getElement().getAttribute("data-guide")).as("locked pair kept").isEqualTo(anaGuide);
        assertThat(card(benMember.id()).getElement().getAttribute("data-guide")).as("swap kept").isEqualTo(chosen);

        assertThat(stepComplete()).isFalse();
        click("confirm-pairs");
        assertThat(lastNotification()).isEqualTo("2 pairs confirmed.");
        assertThat(cards()).allSatisfy(c -> assertThat(c.getElement().getAttribute("data-status")).isEqualTo("CONFIRMED"));
        assertThat(roster().confirmedPairs()).hasSize(2);
        assertThat(stepComplete()).isTrue();
    }

    /**
     * The language of the screen, its Pairs tab, the empty state before any matching, and why a HiPo is
     * left when the only eligible mentor, or all two, are taken (after the HiPo's name and a colon).
     */
    static Stream<Arguments> pairsBeforeAndAfterMatching() {
        return Stream.of(Arguments.of(Locale.ENGLISH, "Pairs",
                "No pairs with a mentor yet. Next: choose the HiPos, add their possible mentors with a capacity each "
                        + "under “Mentors & coaches”, and check the weights under “Selection criteria”. Then press "
                        + "“Propose pairs”: Ascent proposes the best overall pairing, and you review, lock, swap and "
                        + "confirm each pair.",
                "the only eligible mentor has no place left; those places serve other HiPos in the best overall pairing.",
                "all 2 eligible mentors have no place left; those places serve other HiPos in the best overall pairing."),
                Arguments.of(Locale.forLanguageTag("pl-PL"), "Pary",
                        "Nie ma jeszcze par z mentorem. Dalej: wybierz HiPo, dodaj możliwych mentorów z liczbą miejsc "
                                + "dla każdego w zakładce „Mentorzy i coachowie” i sprawdź wagi w zakładce „Kryteria "
                                + "doboru”. Potem naciśnij „Zaproponuj pary”: Ascent zaproponuje najlepszy dobór dla "
                                + "całej grupy, a Ty przejrzysz, zablokujesz, zamienisz i zatwierdzisz każdą parę.",
                        "jedyny odpowiedni mentor nie ma już wolnego miejsca; jego miejsca przypadły innym HiPo w "
                                + "najlepszym doborze dla całej grupy.",
                        "żaden z 2 odpowiednich mentorów nie ma już wolnego miejsca; ich miejsca przypadły innym HiPo "
                                + "w najlepszym doborze dla całej grupy."));
    }

    @ParameterizedTest
    @MethodSource("pairsBeforeAndAfterMatching")
    void beforeMatchingThePairsTabSaysWhatToDoAndOnlyAMatchingLeavesHiposUnpaired(
            Locale locale, String pairsTab, String emptyState, String oneMentorTaken, String twoMentorsTaken) {
        member(ana, RosterRole.HIPO, 0);
        member(ben, RosterRole.HIPO, 0);
        member(sara, RosterRole.HIPO, 0);
        member(mia, RosterRole.MENTOR, 1);
        language = locale;
        openStep();
        openTab(pairsTab);

        assertThat(byId(Paragraph.class, "pairs-empty").getText()).isEqualTo(emptyState);
        assertThat($(Div.class).withClassName("unmatched-hipo").exists()).as("nobody is left before a matching").isFalse();

        click("run-matching");
        assertThat(cards()).hasSize(1);
        assertThat($(Div.class).withClassName("unmatched-hipo").all()).hasSize(2).allSatisfy(line ->
                assertThat($(Span.class, line).first().getText())
                        .isEqualTo(line.getElement().getAttribute("data-hipo") + ": " + oneMentorTaken));

        member(max, RosterRole.MENTOR, 1);
        click("run-matching");
        assertThat(cards()).hasSize(2);
        Div left = $(Div.class).withClassName("unmatched-hipo").single();
        assertThat($(Span.class, left).first().getText())
                .isEqualTo(left.getElement().getAttribute("data-hipo") + ": " + twoMentorsTaken);
    }

    /**
     * The language of the screen, its Criteria and Pairs tabs, the warning, the outcome of filling, and
     * the Capabilities line of a pair that now scores on it (the mentor covers the HiPo's one need).
     */
    static Stream<Arguments> capabilityNoticeTexts() {
        return Stream.of(Arguments.of(Locale.ENGLISH, "Selection criteria", "Pairs",
                "No mentor has “Can help develop” capabilities, so the Capabilities criterion (80 % of the score) "
                        + "cannot score: every pair gets 0 on it.",
                "“Can help develop” filled from directory skills for 1 of 2 mentors.",
                "Capabilities (weight 4): 100% · covers the one need: Financial acumen"),
                Arguments.of(Locale.forLanguageTag("pl-PL"), "Kryteria doboru", "Pary",
                        "Żaden mentor nie ma wpisanych kompetencji w polu „Może pomóc rozwinąć”, więc kryterium "
                                + "Kompetencje (80% wyniku) nie może działać: każda para dostaje za nie 0.",
                        "Uzupełniono „Może pomóc rozwinąć” z umiejętności w katalogu: 1 z 2 mentorów.",
                        "Kompetencje (waga 4): 100% · odpowiada na jedyną potrzebę: Financial acumen"));
    }

    @ParameterizedTest
    @MethodSource("capabilityNoticeTexts")
    void withoutAnyCanHelpDevelopHrIsToldTheCapabilitiesCannotScoreAndFillsThemFromDirectorySkills(
            Locale locale, String criteriaTab, String pairsTab, String warning, String filled, String capabilityLine) {
        StrategyService strategy = context(STEP).strategy();
        strategy.addCapability("Financial acumen", "", List.of());
        strategy.addCapability("Strategic thinking", "", List.of());
        roster().saveCriteria(PairKind.MENTORING, 0,
                new CriteriaDraft(new CriteriaWeights(4, 0, 0, 0, 1, 0), FunctionRule.PREFER_DIFFERENT, 0));
        RosterMember anaMember = roster().addMember(MemberDraft.employee(ana, RosterRole.HIPO, 0,
                List.of("English"), Availability.MEDIUM, List.of("Financial acumen")));
        RosterMember felixMember = member(felix, RosterRole.MENTOR, 1);
        RosterMember miaMember = member(mia, RosterRole.MENTOR, 1);
        language = locale;
        openStep();
        openTab(pairsTab);
        assertThat(byId(Paragraph.class, "pairs-capability-warning").getText()).isEqualTo(warning);

        openTab(criteriaTab);
        assertThat(byId(Paragraph.class, "criteria-capability-warning").getText()).isEqualTo(warning);
        click("criteria-fill-capabilities");

        assertThat(lastNotification()).isEqualTo(filled);
        assertThat(roster().member(felixMember.id()).orElseThrow().capabilities())
                .as("Felix's skill names a capability of the library").containsExactly("Financial acumen");
        assertThat(roster().member(miaMember.id()).orElseThrow().capabilities())
                .as("Mia has no skills").isEmpty();
        assertThat(shown(Div.class, "criteria-capability-notice")).isFalse();

        openTab(pairsTab);
        assertThat(shown(Div.class, "pairs-capability-notice")).isFalse();
        click("run-matching");
        Div anaCard = card(anaMember.id());
        assertThat(anaCard.getElement().getAttribute("data-guide")).isEqualTo("Felix Finance");
        assertThat($(Div.class, anaCard).withClassName("pair-why-line").withAttribute("data-criterion", "capabilities")
                .single().getText()).isEqualTo(capabilityLine);
    }

    @Test
    void whoCannotBePairedIsExplainedAndAnExceptionCompletesTheStep() {
        mustDiffer();
        RosterMember anaMember = member(ana, RosterRole.HIPO, 0);
        member(felix, RosterRole.MENTOR, 2);
        openStep();
        openTab("Pairs");
        click("run-matching");

        assertThat(cards()).isEmpty();
        Div line = $(Div.class).withClassName("unmatched-hipo").single();
        assertThat(line.getElement().getAttribute("data-reason")).isEqualTo("NO_ELIGIBLE");
        assertThat($(Span.class, line).first().getText()).isEqualTo(
                "Ana Finance: no mentor can be paired with them. 1 also in Finance (the program requires another function).");

        click("waive-" + anaMember.id());
        click("waiver-save");
        TextArea reason = byId(TextArea.class, "waiver-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why this HiPo goes without a pair.");
        test(reason).setValue("No mentor outside Finance is free; she joins the spring cohort.");
        click("waiver-save");

        Div waiver = $(Div.class).withClassName("pairing-waiver").single();
        assertThat($(Span.class, waiver).first().getText())
                .startsWith("Ana Finance: No mentor outside Finance is free");
        assertThat($(Div.class).withClassName("unmatched-hipo").exists()).isFalse();
        assertThat(stepComplete()).isTrue();
    }

    @Test
    void aLargeMatchingRunsInTheBackgroundWithProgress() throws InterruptedException {
        List<Spec> specs = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            specs.add(Spec.of(String.format("HiPo %03d", i), i % 2 == 0 ? "Finance" : "Sales", 4));
        }
        for (int i = 0; i < 200; i++) {
            specs.add(Spec.of(String.format("Mentor %03d", i), i % 3 == 0 ? "Marketing" : "Operations", 9));
        }
        List<UUID> ids = people.addAll(specs);
        List<MemberDraft> drafts = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            drafts.add(i < 260 ? MemberDraft.hipo(ids.get(i)) : MemberDraft.employee(ids.get(i), RosterRole.MENTOR, 2,
                    List.of("English"), Availability.MEDIUM, List.of()));
        }
        roster().addMembers(drafts);
        openStep();
        openTab("Pairs");

        ProgressBar progress = hidden(ProgressBar.class, "matching-progress");
        Span status = byId(Span.class, "matching-status");
        Button run = byId(Button.class, "run-matching");
        test(run).click();

        // The test thread holds the session's lock, as a request being served does: what the background
        // thread hands to the UI waits for the next round trip (every component query makes one), and the
        // run only computes once the screen has shown its start. So the components, read directly, show it mid-run.
        assertThat(progress.isVisible()).as("runs in the background").isTrue();
        assertThat(status.getText()).isEqualTo("Scoring and matching 52,000 possible pairs…");
        assertThat(run.isEnabled()).isFalse();
        for (int wait = 0; wait < 600 && progress.isVisible(); wait++) {
            Thread.sleep(100);
            // What push does in a browser: run the work the background thread handed to the UI.
            MockVaadin.clientRoundtrip();
        }

        assertThat(progress.isVisible()).isFalse();
        assertThat(roster().pairs()).hasSize(260);
        assertThat(cards()).as("the first page of cards").hasSize(50);
        assertThat(byId(Button.class, "pairs-more").getText()).isEqualTo("Show 50 more");
        assertThat(byId(Paragraph.class, "pairs-summary").getText())
                .startsWith("260 of 260 HiPos have a mentor");
    }

    @Test
    void coachesArePairedSeparatelyFromMentors() {
        RosterMember anaMember = member(ana, RosterRole.HIPO, 0);
        member(mia, RosterRole.MENTOR, 1);
        roster().addMember(MemberDraft.external("Claire Coach", null, "Berlin", RosterRole.COACH, 1,
                List.of("English"), Availability.HIGH, List.of("Change management")));
        openStep();
        openTab("Pairs");
        click("run-matching");
        assertThat(card(anaMember.id()).getElement().getAttribute("data-guide")).isEqualTo("Mia Marketing");

        test(byId(RadioButtonGroup.class, "pairs-kind")).selectItem("Coaching");
        assertThat(cards()).isEmpty();
        click("run-matching");

        assertThat(card(anaMember.id()).getElement().getAttribute("data-guide")).isEqualTo("Claire Coach");
        assertThat(byId(Paragraph.class, "pairs-summary").getText())
                .startsWith("1 of 1 HiPo has a coach: 0 confirmed, 1 proposed.");
        assertThat(roster().pairs()).extracting(p -> p.kind()).containsExactlyInAnyOrder(PairKind.MENTORING,
                PairKind.COACHING);
    }

    @Test
    void aHipoAndAMentorAreRemovedFromTheirRosterTables() {
        member(ana, RosterRole.HIPO, 0);
        member(ben, RosterRole.HIPO, 0);
        member(mia, RosterRole.MENTOR, 1);
        openStep();

        removeFromRoster("hipo-roster", "Ana Finance");
        assertThat(test(byId(Grid.class, "hipo-roster")).size()).isEqualTo(1);
        assertThat(roster().members()).extracting(RosterMember::displayName)
                .containsExactlyInAnyOrder("Ben Finance", "Mia Marketing");

        openTab("Mentors & coaches");
        removeFromRoster("guide-roster", "Mia Marketing");
        assertThat(shown(Grid.class, "guide-roster")).as("an empty roster shows its hint instead").isFalse();
        assertThat(roster().members()).extracting(RosterMember::displayName).containsExactly("Ben Finance");
    }

    /** Clicks Remove in the row of {@code name}; the actions are the table's last column. */
    private void removeFromRoster(String gridId, String name) {
        Grid<?> grid = byId(Grid.class, gridId);
        int row = 0;
        while (!test(grid).getCellText(row, 0).equals(name)) {
            row++;
        }
        Component actions = test(grid).getCellComponent(row, grid.getColumns().size() - 1);
        Button remove = (Button) actions.getChildren().filter(c -> c.getId().orElse("").startsWith("remove-member-"))
                .findFirst().orElseThrow();
        test(remove).click();
    }

    @Test
    void viewersSeeThePairsButCannotChangeThem() {
        RosterMember anaMember = member(ana, RosterRole.HIPO, 0);
        RosterMember miaMember = member(mia, RosterRole.MENTOR, 1);
        roster().addPair(new PairProposal(anaMember.id(), miaMember.id(), PairKind.MENTORING, null, List.of()));
        signInAs(Role.VIEWER);
        openStep();
        assertThat(shown(Button.class, "add-hipos")).isFalse();
        openTab("Pairs");

        assertThat(card(anaMember.id()).getElement().getAttribute("data-guide")).isEqualTo("Mia Marketing");
        assertThat(shown(Button.class, "run-matching")).isFalse();
        assertThat(shown(Button.class, "confirm-pairs")).isFalse();
        assertThat(shown(Button.class, "lock-" + anaMember.id())).isFalse();
    }
}
