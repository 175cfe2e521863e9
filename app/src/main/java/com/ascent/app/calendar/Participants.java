package com.ascent.app.calendar;

import com.ascent.plugin.api.calendar.Attendee;
import com.ascent.plugin.api.calendar.CalendarEvent;
import com.ascent.plugin.api.calendar.EventKind;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.RosterMember;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Who takes part in each event of a program, as its structure says: the HiPo and the guide of the
 * pair at a session; at a progress review the roles the structure names (the HiPo, their mentors
 * and coaches, their manager from the people directory, and HR, the program's owner); at a
 * milestone the people of the pairs in question and HR. Pure, so that the rules are easy to follow.
 */
final class Participants {

    /**
     * Someone who takes part: a roster member, or the HiPo's manager or HR (no member id); {@code zone}
     * is the zone they work in, from the people directory, or null for the program's.
     */
    record Participant(@Nullable UUID memberId, String name, String email, @Nullable ZoneId zone) {

        Participant(@Nullable UUID memberId, String name, String email) {
            this(memberId, name, email, null);
        }

        /** Who this is: known by e-mail where there is one (HR may also be a mentor), else by name and member. */
        String key() {
            return email.isBlank() ? "name:" + name + "/" + memberId : email.strip().toLowerCase(Locale.ROOT);
        }
    }

    private final Set<Attendee> reviewAttendees;
    private final Map<UUID, Pair> pairs;
    private final Map<UUID, RosterMember> members;
    private final Map<UUID, Person> managers;
    private final @Nullable Participant hr;

    /**
     * @param reviewAttendees who attends progress reviews (empty when no structure is saved)
     * @param pairs           the program's confirmed pairs
     * @param members         the program's roster, by member id
     * @param managers        the HiPos' managers from the people directory, by person id
     * @param hr              the program's owner with their e-mail, if known
     */
    Participants(Set<Attendee> reviewAttendees, List<Pair> pairs, Map<UUID, RosterMember> members,
                 Map<UUID, Person> managers, @Nullable Participant hr) {
        this.reviewAttendees = Set.copyOf(reviewAttendees);
        this.pairs = pairs.stream().collect(Collectors.toMap(Pair::id, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
        this.members = Map.copyOf(members);
        this.managers = Map.copyOf(managers);
        this.hr = hr;
    }

    /** The program's confirmed pairs. */
    List<Pair> pairs() {
        return List.copyOf(pairs.values());
    }

    Optional<Pair> pair(UUID pairId) {
        return Optional.ofNullable(pairs.get(pairId));
    }

    /** The confirmed pairs a member is part of, as HiPo or as guide. */
    List<Pair> pairsOf(UUID memberId) {
        return pairs.values().stream()
                .filter(p -> p.hipoMemberId().equals(memberId) || p.guideMemberId().equals(memberId)).toList();
    }

    /**
     * The people of {@code event}; {@code scope} are the pairs whose people count as "everyone" at
     * a milestone (the pairs of the calendar being exported).
     */
    List<Participant> of(CalendarEvent event, Collection<Pair> scope) {
        return of(event.kind(), event.pairId(), scope);
    }

    /** The people of an event of this kind and pair, as {@link #of(CalendarEvent, Collection)}. */
    List<Participant> of(EventKind kind, @Nullable UUID pairId, Collection<Pair> scope) {
        List<Participant> people = new ArrayList<>();
        Pair pair = pairId == null ? null : pairs.get(pairId);
        switch (kind) {
            case SESSION -> {
                if (pair != null) {
                    people.add(member(pair.hipoMemberId()));
                    people.add(member(pair.guideMemberId()));
                }
            }
            case REVIEW -> {
                if (pair != null) {
                    people.addAll(atReview(pair.hipoMemberId()));
                }
            }
            case MILESTONE, EVENT -> {
                if (pair != null) {
                    people.add(member(pair.hipoMemberId()));
                    people.add(member(pair.guideMemberId()));
                } else {
                    scope.forEach(p -> {
                        people.add(member(p.hipoMemberId()));
                        people.add(member(p.guideMemberId()));
                    });
                    if (hr != null) {
                        people.add(hr);
                    }
                }
            }
        }
        return distinct(people);
    }

    /**
     * The zone of every known person who works in one of their own (roster members and the HiPos'
     * managers from the people directory), by {@link Participant#key()}.
     */
    Map<String, ZoneId> zones() {
        Map<String, ZoneId> zones = new java.util.HashMap<>();
        List<Participant> known = new ArrayList<>();
        members.keySet().forEach(id -> known.add(member(id)));
        managers.values().forEach(m -> known.add(new Participant(null, m.fullName(), m.email(), m.timeZone())));
        for (Participant person : known) {
            if (person.zone() != null) {
                zones.putIfAbsent(person.key(), person.zone());
            }
        }
        return zones;
    }

    /** A member by id, with the name and e-mail the roster knows. */
    Participant member(UUID memberId) {
        RosterMember member = members.get(memberId);
        return member == null ? new Participant(memberId, "", "")
                : new Participant(memberId, member.displayName(), member.email(),
                member.person() == null ? null : member.person().timeZone());
    }

    private List<Participant> atReview(UUID hipoMemberId) {
        List<Participant> people = new ArrayList<>();
        if (reviewAttendees.contains(Attendee.HIPO)) {
            people.add(member(hipoMemberId));
        }
        pairs.values().stream().filter(p -> p.hipoMemberId().equals(hipoMemberId))
                .filter(p -> reviewAttendees.contains(p.kind() == PairKind.MENTORING ? Attendee.MENTOR : Attendee.COACH))
                .forEach(p -> people.add(member(p.guideMemberId())));
        if (reviewAttendees.contains(Attendee.MANAGER)) {
            manager(hipoMemberId).ifPresent(people::add);
        }
        if (reviewAttendees.contains(Attendee.HR) && hr != null) {
            people.add(hr);
        }
        return people;
    }

    private Optional<Participant> manager(UUID hipoMemberId) {
        RosterMember hipo = members.get(hipoMemberId);
        UUID managerId = hipo == null || hipo.person() == null ? null : hipo.person().managerId();
        Person manager = managerId == null ? null : managers.get(managerId);
        return Optional.ofNullable(manager).map(m -> new Participant(null, m.fullName(), m.email(), m.timeZone()));
    }

    /** Each person once. */
    private static List<Participant> distinct(List<Participant> people) {
        Map<String, Participant> unique = new LinkedHashMap<>();
        for (Participant person : people) {
            unique.putIfAbsent(person.key(), person);
        }
        return List.copyOf(unique.values());
    }
}
