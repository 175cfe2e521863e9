package com.ascent.plugins.examples.shortlist;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.people.Person;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.FunctionRule;
import com.ascent.plugin.api.roster.Pair;
import com.ascent.plugin.api.roster.PairKind;
import com.ascent.plugin.api.roster.PairStatus;
import com.ascent.plugin.api.roster.PairingWaiver;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShortlistTest {

    final RosterMember ana = member("Ana Silva", "Finance", 9, RosterRole.HIPO, 0);
    final RosterMember kenji = member("Kenji Watanabe", "Marketing", 14, RosterRole.MENTOR, 2);
    final RosterMember tomasz = member("Tomasz Zielinski", "Sales", 14, RosterRole.MENTOR, 1);
    final RosterMember sofia = member("Sofia Rossi", "HR", 10, RosterRole.MENTOR_AND_COACH, 1);
    final RosterMember daniel = member("Daniel Kim", "Finance", 15, RosterRole.MENTOR, 2);
    final RosterMember coach = member("Maya Levi", "Executive", 16, RosterRole.COACH, 3);

    @Test
    void threeMentorsFromOtherFunctionsFirstThenTheMostSeniorAreOffered() {
        List<RosterMember> roster = List.of(ana, kenji, tomasz, sofia, daniel, coach);

        assertThat(Shortlist.suggest(ana, roster, List.of(), FunctionRule.PREFER_DIFFERENT))
                .as("coaches do not mentor; the Finance mentor comes after the other functions")
                .containsExactly(kenji, tomasz, sofia);
        assertThat(Shortlist.suggest(ana, roster, List.of(), FunctionRule.PREFER_SAME)).first().isEqualTo(daniel);
        assertThat(Shortlist.suggest(ana, roster, List.of(), FunctionRule.MUST_BE_SAME)).containsExactly(daniel);
    }

    @Test
    void mentorsWithoutRoomAndTheHiposManagersAreLeftOutButTheirOwnChoiceStays() {
        RosterMember priya = member("Priya Raman", "Sales", 8, RosterRole.HIPO, 0);
        Pair tomaszTaken = pair(priya, tomasz, PairStatus.CONFIRMED);
        RosterMember managedAna = new RosterMember(ana.id(), 1, ana.person(), ana.displayName(), "", null, RosterRole.HIPO,
                0, List.of(), Availability.MEDIUM, List.of(), List.of(sofia.personId()));
        List<RosterMember> roster = List.of(managedAna, priya, kenji, tomasz, sofia, daniel);

        assertThat(Shortlist.suggest(managedAna, roster, List.of(tomaszTaken), FunctionRule.PREFER_DIFFERENT))
                .containsExactly(kenji, daniel);
        assertThat(Shortlist.suggest(priya, roster, List.of(tomaszTaken), FunctionRule.MUST_BE_SAME))
                .as("Priya's own pair does not use up the room she chose").containsExactly(tomasz);
    }

    @Test
    void theStepIsCompleteWhenEveryHipoHasAConfirmedMentorOrAWaiver() {
        RosterMember priya = member("Priya Raman", "Sales", 8, RosterRole.HIPO, 0);
        List<RosterMember> roster = List.of(ana, priya, kenji);

        assertThat(ShortlistRules.missing(List.of(), List.of(), List.of(), MESSAGES))
                .containsExactly("status.noHipos", "status.noMentors");
        assertThat(ShortlistRules.missing(roster, List.of(pair(ana, kenji, PairStatus.PROPOSED)), List.of(), MESSAGES))
                .containsExactly("status.notConfirmed Ana Silva Kenji Watanabe", "status.notChosen Priya Raman");

        PairingWaiver waiver = new PairingWaiver(UUID.randomUUID(), 1, priya.id(), PairKind.MENTORING, "Mentored by the CEO",
                "HR", Instant.now());
        assertThat(ShortlistRules.missing(roster, List.of(pair(ana, kenji, PairStatus.CONFIRMED)), List.of(waiver), MESSAGES))
                .isEmpty();
    }

    /** Keys and arguments, so that the rule's choice of message is what is checked. */
    static final Translator MESSAGES = new Translator() {
        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public String get(String key, Object... arguments) {
            StringBuilder text = new StringBuilder(key);
            for (Object argument : arguments) {
                text.append(' ').append(MessageFormat.format("{0}", argument));
            }
            return text.toString();
        }
    };

    static RosterMember member(String name, String function, int level, RosterRole role, int capacity) {
        Person person = new Person(UUID.randomUUID(), "E" + level, name, name.replace(' ', '.') + "@example.com", function,
                function + " lead", level, null, "Berlin", null, 2, 2, List.of());
        return new RosterMember(UUID.randomUUID(), 1, person, name, person.email(), "Berlin", role, capacity, List.of(),
                Availability.MEDIUM, List.of(), List.of());
    }

    static Pair pair(RosterMember hipo, RosterMember guide, PairStatus status) {
        return new Pair(UUID.randomUUID(), 1, hipo.id(), guide.id(), PairKind.MENTORING, status, null, true, List.of());
    }
}
