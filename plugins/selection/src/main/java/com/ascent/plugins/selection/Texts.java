package com.ascent.plugins.selection;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.roster.CriterionScore;
import com.ascent.plugin.api.roster.RosterMember;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** How the step words members, scores and the reasons behind a pair. */
final class Texts {

    private Texts() {
    }

    /** "Finance · level 5 · Warsaw", or "External · Berlin". */
    static String describe(RosterMember member, Translator messages) {
        if (member.external()) {
            String location = member.location();
            return location == null ? messages.get("member.external")
                    : messages.get("member.external") + " · " + location;
        }
        return messages.get("member.describe", member.function(), member.level(), member.location());
    }

    /** A score as people read it: a whole number, e.g. 82. */
    static String score(BigDecimal score) {
        return score.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** One line of "why this pair": criterion, weight, fit and the facts behind it. */
    static String criterionLine(CriterionScore line, Translator messages) {
        return messages.get("card.criterion", messages.get("criterion." + line.criterion()), line.weight(),
                Math.round(line.fit() * 100), reason(line, messages));
    }

    /** The facts of a criterion in words; see {@code ScoringModel} for what each criterion's facts hold. */
    private static String reason(CriterionScore line, Translator messages) {
        List<String> facts = line.facts();
        return switch (line.criterion()) {
            case "capabilities" -> {
                if (facts.size() < 2 || facts.get(1).equals("0")) {
                    yield messages.get("why.capabilities.none");
                }
                int needs = Integer.parseInt(facts.get(1));
                yield facts.get(0).equals("0") ? messages.get("why.capabilities.coversNone", needs)
                        : messages.get("why.capabilities.covers", Integer.parseInt(facts.get(0)), needs,
                        String.join(", ", facts.subList(2, facts.size())));
            }
            case "seniority" -> facts.size() < 3 ? messages.get("why.seniority.unknown")
                    : messages.get("why.seniority.levels", facts.get(0), facts.get(1), facts.get(2));
            case "function" -> facts.size() < 2 || facts.get(1).isEmpty() ? messages.get("why.function.external")
                    : facts.get(0).equalsIgnoreCase(facts.get(1)) ? messages.get("why.function.same", facts.get(0))
                    : messages.get("why.function.different", facts.get(0), facts.get(1));
            case "location" -> facts.size() < 2 || facts.get(0).isEmpty() || facts.get(1).isEmpty()
                    ? messages.get("why.location.unknown")
                    : facts.get(0).equalsIgnoreCase(facts.get(1)) ? messages.get("why.location.same", facts.get(0))
                    : messages.get("why.location.different", facts.get(0), facts.get(1));
            case "language" -> !facts.isEmpty() ? messages.get("why.language.shared", String.join(", ", facts))
                    : line.fit() > 0 ? messages.get("why.language.unknown") : messages.get("why.language.none");
            case "availability" -> facts.size() < 2 ? ""
                    : messages.get("why.availability", messages.get("availability." + facts.get(0)).toLowerCase(),
                    messages.get("availability." + facts.get(1)).toLowerCase());
            default -> String.join(", ", facts);
        };
    }

    /** The capabilities the program's objectives develop, by name. */
    static List<String> objectiveCapabilities(StepContext context) {
        List<UUID> ids = context.objectives().list().stream().map(Objective::capabilityId).filter(Objects::nonNull)
                .toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = context.strategy().capabilities().stream()
                .collect(Collectors.toMap(Capability::id, Capability::name));
        return ids.stream().map(names::get).filter(Objects::nonNull).distinct().toList();
    }
}
