package com.ascent.plugin.api.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContributionsTest {

    @Test
    void anEventHasEitherItsDaysOrItsTimes() {
        ContributedEvent deadline = ContributedEvent.allDay("deadline", "Sign-off", EventColour.ORANGE,
                "Sponsor sign-off due", "", LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 4));
        ContributedEvent call = ContributedEvent.timed("call", "Sign-off", EventColour.ORANGE, "Call", "",
                Instant.parse("2027-01-04T09:00:00Z"), Instant.parse("2027-01-04T10:00:00Z"));

        assertThat(deadline.isAllDay()).isTrue();
        assertThat(call.isAllDay()).isFalse();
        assertThatThrownBy(() -> new ContributedEvent("both", "k", EventColour.BLUE, "t", "", LocalDate.of(2027, 1, 4),
                LocalDate.of(2027, 1, 4), Instant.parse("2027-01-04T09:00:00Z"), Instant.parse("2027-01-04T10:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContributedEvent.allDay("backwards", "k", EventColour.BLUE, "t", "",
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 4))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContributedEvent.allDay(" ", "k", EventColour.BLUE, "t", "",
                LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReportTableHasACellPerColumnInEveryRow() {
        ReportSection section = ReportSection.table("Approvals", List.of("Who approved what."),
                List.of("Sponsor", "Date"), List.of(List.of("Olivia Brandt", "14 Dec 2026")));

        assertThat(section.rows()).containsExactly(List.of("Olivia Brandt", "14 Dec 2026"));
        assertThatThrownBy(() -> ReportSection.table("Approvals", List.of(), List.of("Sponsor", "Date"),
                List.of(List.of("Olivia Brandt")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReviewCheckSaysSomething() {
        assertThat(ReviewCheck.problem("No sponsor").severity()).isEqualTo(ReviewCheck.Severity.PROBLEM);
        assertThatThrownBy(() -> ReviewCheck.warning(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
