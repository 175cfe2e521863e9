package com.ascent.plugins.selection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which capabilities of the library a person's directory skills name. A skill names a capability
 * when both read the same, ignoring case, spaces and punctuation ("decision making" and
 * "Decision-making"), or when one holds every word of the other and that other has at least two
 * words ("Stakeholder influence and management" names "Stakeholder influence"). A single generic
 * word such as "Leadership" names nothing by itself, so that it does not claim every capability
 * that ends in it.
 */
final class SkillMatch {

    private SkillMatch() {
    }

    /** The library's capabilities (as the library spells them, in its order) that {@code skills} name. */
    static List<String> capabilities(List<String> skills, List<String> library) {
        List<Set<String>> skillWords = skills.stream().map(SkillMatch::words).filter(w -> !w.isEmpty()).toList();
        return library.stream()
                .filter(capability -> skillWords.stream().anyMatch(skill -> names(skill, words(capability))))
                .toList();
    }

    private static boolean names(Set<String> skill, Set<String> capability) {
        if (capability.isEmpty()) {
            return false;
        }
        return skill.equals(capability)
                || capability.size() >= 2 && skill.containsAll(capability)
                || skill.size() >= 2 && capability.containsAll(skill);
    }

    private static Set<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }
}
