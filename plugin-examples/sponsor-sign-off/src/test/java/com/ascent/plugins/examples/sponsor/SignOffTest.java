package com.ascent.plugins.examples.sponsor;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.StepRecord;
import com.ascent.plugin.api.Translator;
import com.ascent.plugin.api.calendar.ProgramFramework;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignOffTest {

    static final Translator KEYS = new Translator() {
        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public String get(String key, Object... arguments) {
            return key + Arrays.toString(arguments);
        }
    };

    @Test
    void anApprovalSurvivesBeingStoredWithItsCommentAndTheRecordsVersion() {
        SignOff approval = new SignOff("Olivia Brandt", LocalDate.of(2026, 12, 14), 3,
                "Keep the quarterly reviews = sacred: in the leadership team's calendar.\nThanks!", 0);

        SignOff read = SignOff.decode(new StepRecord(SignOff.KEY, approval.encode(), 7, "Maria Nowak", Instant.now()));

        assertThat(read).isEqualTo(new SignOff(approval.sponsor(), approval.approvedOn(), 3, approval.comment(), 7));
    }

    @Test
    void completeOnlyWhenTheSponsorApprovedTheFrameworkAsItIsNow() {
        SignOff approvedVersion3 = new SignOff("Olivia Brandt", LocalDate.of(2026, 12, 14), 3, "", 1);

        assertThat(SignOffRules.missing(Optional.empty(), Optional.empty(), KEYS)).containsExactly("status.noFramework[]");
        assertThat(SignOffRules.missing(Optional.of(framework(3)), Optional.empty(), KEYS))
                .containsExactly("status.notApproved[]");
        assertThat(SignOffRules.missing(Optional.of(framework(3)), Optional.of(approvedVersion3), KEYS)).isEmpty();
        assertThat(SignOffRules.missing(Optional.of(framework(4)), Optional.of(approvedVersion3), KEYS))
                .containsExactly("status.changedSince[Olivia Brandt, 2026-12-14]");
    }

    /** Only the version matters to the rule. */
    private static ProgramFramework framework(long version) {
        return new ProgramFramework(version, null);
    }
}
