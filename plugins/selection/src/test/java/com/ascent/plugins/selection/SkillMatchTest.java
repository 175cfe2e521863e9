package com.ascent.plugins.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which library capabilities a guide's directory skills name, as the fill of "Can help develop" uses them. */
class SkillMatchTest {

    static final List<String> LIBRARY = List.of("Strategic thinking", "Decision-making", "Stakeholder influence",
            "Change leadership", "Cross-functional leadership", "Communication");

    @Test
    void aSkillWrittenLikeTheCapabilityNamesItIgnoringCaseSpacesAndPunctuation() {
        assertThat(SkillMatch.capabilities(List.of("strategic  THINKING", "Decision making", "communication"), LIBRARY))
                .containsExactly("Strategic thinking", "Decision-making", "Communication");
    }

    @Test
    void aSkillHoldingEveryWordOfATwoWordCapabilityNamesIt() {
        assertThat(SkillMatch.capabilities(List.of("Stakeholder influence and management"), LIBRARY))
                .containsExactly("Stakeholder influence");
    }

    @Test
    void aSingleGenericWordOrAnUnrelatedSkillNamesNothing() {
        assertThat(SkillMatch.capabilities(List.of("Leadership", "Change", "Excel", "Public speaking"), LIBRARY))
                .isEmpty();
    }
}
