package com.ascent.plugins.framework;

import com.ascent.plugin.api.StepContext;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.RosterMember;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The program's confirmed pairs and how to call them: "Ana Finance with Mia Marketing (mentoring)". */
final class PairNames {

    private final Translator messages;
    private final Map<UUID, RosterMember> members;
    private final List<Pair> pairs;

    PairNames(StepContext context) {
        this.messages = context.messages();
        this.members = context.roster().members().stream()
                .collect(Collectors.toMap(RosterMember::id, Function.identity()));
        this.pairs = context.roster().confirmedPairs();
    }

    List<Pair> pairs() {
        return pairs;
    }

    /** The HiPos and guides who have a confirmed pair, by name. */
    List<RosterMember> paired() {
        return pairs.stream().flatMap(p -> List.of(p.hipoMemberId(), p.guideMemberId()).stream()).distinct()
                .map(members::get).sorted(java.util.Comparator.comparing(RosterMember::displayName)).toList();
    }

    /** Every roster member's name, by member id. */
    Map<UUID, String> memberNames() {
        return members.values().stream().collect(Collectors.toMap(RosterMember::id, RosterMember::displayName));
    }

    String of(Pair pair) {
        return messages.get("pair.name", member(pair.hipoMemberId()), member(pair.guideMemberId()),
                messages.get("pairKind." + pair.kind().name()));
    }

    /**
     * What a day of the month view says of an event: the pair of a session, the HiPo of a review,
     * the title of anything else (the full title is in its tooltip).
     */
    String shortLabel(CalendarEvent event) {
        Pair pair = event.pairId() == null ? null
                : pairs.stream().filter(p -> p.id().equals(event.pairId())).findFirst().orElse(null);
        if (pair == null) {
            return event.title();
        }
        return switch (event.kind()) {
            case SESSION -> messages.get("month.session", member(pair.hipoMemberId()), member(pair.guideMemberId()));
            case REVIEW -> messages.get("month.review", member(pair.hipoMemberId()));
            case MILESTONE, EVENT -> event.title();
        };
    }

    String of(@Nullable UUID pairId) {
        if (pairId == null) {
            return messages.get("pair.everyone");
        }
        return pairs.stream().filter(p -> p.id().equals(pairId)).findFirst().map(this::of).orElse("");
    }

    private String member(UUID id) {
        RosterMember member = members.get(id);
        return member == null ? "" : member.displayName();
    }
}
