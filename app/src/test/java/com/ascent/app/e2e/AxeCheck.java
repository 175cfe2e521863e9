package com.ascent.app.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core run on the page as the browser shows it, open dialogs included (their overlays are part
 * of the page). A critical or serious violation fails the test; so does a violation of the page
 * structure rules Ascent keeps (one main landmark, all content in landmarks, one h1, headings in
 * order), which axe rates moderate. Other moderate and minor findings are printed, not failed:
 * they are advice that needs a person's judgement.
 */
final class AxeCheck {

    static final Set<String> BLOCKING_IMPACTS = Set.of("critical", "serious");
    static final Set<String> STRUCTURE_RULES = Set.of("landmark-one-main", "region", "page-has-heading-one",
            "heading-order");

    private final Page page;

    AxeCheck(Page page) {
        this.page = page;
    }

    /** Checks the page now showing as {@code screen}; throws with every blocking violation found. */
    void check(String screen) {
        // Vaadin's connection indicator is the framework's loading bar, added to every page outside the
        // application's markup; it carries no content of Ascent. A notification card is a toast that
        // fades in and out: axe-core measures its text mid-fade against the page behind it and reports
        // a contrast the user never sees at rest (its colours are Lumo's themed ones). Both are left out.
        AxeResults results = new AxeBuilder(page)
                .exclude("vaadin-connection-indicator, vaadin-notification-card").analyze();
        if (results.getErrorMessage() != null) {
            throw new IllegalStateException("axe-core could not check " + screen + ": " + results.getErrorMessage());
        }
        List<Rule> blocking = results.getViolations().stream().filter(AxeCheck::isBlocking).toList();
        results.getViolations().stream().filter(rule -> !isBlocking(rule))
                .forEach(rule -> System.out.println("axe-core advice on " + screen + ": " + describe(rule)));
        if (!blocking.isEmpty()) {
            throw new AssertionError("axe-core found " + blocking.size() + " accessibility violation(s) on " + screen
                    + ":\n" + blocking.stream().map(AxeCheck::describe).collect(Collectors.joining("\n")));
        }
    }

    static boolean isBlocking(Rule rule) {
        return BLOCKING_IMPACTS.contains(rule.getImpact()) || STRUCTURE_RULES.contains(rule.getId());
    }

    /** Rule id, impact, what it asks, where it was found (axe's selectors) and where to read more. */
    static String describe(Rule rule) {
        String targets = rule.getNodes().stream().map(AxeCheck::target).collect(Collectors.joining("; "));
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    at " + targets
                + "\n    " + rule.getHelpUrl();
    }

    private static String target(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : " [" + node.getFailureSummary().replace('\n', ' ') + "]";
        return String.valueOf(node.getTarget()) + summary;
    }
}
