package com.ascent.app.resources;

import com.ascent.app.text.InputText;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.support.Occurrence;
import com.ascent.plugin.api.support.ResourceDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What makes a catalogue entry acceptable, shared by the forms and the CSV import. */
final class ResourceRules {

    /** A rule a draft breaks: the record component at fault and the message key. */
    record Violation(String field, String messageKey) {
    }

    private ResourceRules() {
    }

    /**
     * The draft with text cleaned and checked by the rule for typed text, blank optional text left
     * out and capabilities without duplicates.
     *
     * @throws InvalidInputException naming a component whose text is too long
     */
    static ResourceDraft normalize(ResourceDraft typed) {
        ResourceDraft draft = InputText.clean(typed, "link");
        LinkedHashSet<String> capabilities = new LinkedHashSet<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (String capability : draft.capabilities()) {
            String name = capability.strip();
            if (!name.isEmpty() && seen.add(name.toLowerCase(Locale.ROOT))) {
                capabilities.add(name);
            }
        }
        return new ResourceDraft(draft.type(), draft.title().strip(), draft.provider().strip(), blankToNull(draft.link()),
                blankToNull(draft.language()), blankToNull(draft.format()), blankToNull(draft.duration()),
                draft.startsOn(), draft.endsOn(), draft.repeatsOn(), blankToNull(draft.location()), draft.capacity(),
                draft.costPerParticipant(), List.copyOf(capabilities));
    }

    /** Every rule the (normalized) draft breaks, in the order of its fields. */
    static List<Violation> violations(ResourceDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.title().isEmpty()) {
            violations.add(new Violation("title", "resources.error.titleRequired"));
        }
        String link = draft.link();
        if (link != null && !(link.startsWith("https://") || link.startsWith("http://"))) {
            violations.add(new Violation("link", "resources.error.badLink"));
        }
        if (draft.startsOn() != null && draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            violations.add(new Violation("endsOn", "resources.error.endBeforeStart"));
        }
        repeatViolation(draft).ifPresent(violations::add);
        if (draft.capacity() != null && draft.capacity() < 1) {
            violations.add(new Violation("capacity", "resources.error.capacityTooLow"));
        }
        if (draft.costPerParticipant().signum() < 0) {
            violations.add(new Violation("costPerParticipant", "resources.error.negativeCost"));
        }
        return violations;
    }

    /** Further dates need a first time to repeat, must each start after the time before has ended, and stay few. */
    private static Optional<Violation> repeatViolation(ResourceDraft draft) {
        if (draft.repeatsOn().isEmpty()) {
            return Optional.empty();
        }
        if (draft.startsOn() == null) {
            return Optional.of(new Violation("repeatsOn", "resources.error.repeatsWithoutStart"));
        }
        if (draft.repeatsOn().size() > ResourceDraft.MAX_REPEATS) {
            return Optional.of(new Violation("repeatsOn", "resources.error.tooManyRepeats"));
        }
        List<Occurrence> times = draft.occurrences();
        for (int i = 1; i < times.size(); i++) {
            if (!times.get(i).startsOn().isAfter(times.get(i - 1).endsOn())) {
                return Optional.of(new Violation("repeatsOn", "resources.error.repeatsOverlap"));
            }
        }
        return Optional.empty();
    }

    /** Refuses the draft at its first broken rule. */
    static void validate(ResourceDraft draft) {
        violations(draft).stream().findFirst().ifPresent(v -> {
            throw new InvalidInputException(v.field(), v.messageKey());
        });
    }

    /** Refuses a negative actual cost. */
    static void validateCost(@Nullable BigDecimal cost, String field) {
        if (cost != null && cost.signum() < 0) {
            throw new InvalidInputException(field, "resources.error.negativeCost");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
