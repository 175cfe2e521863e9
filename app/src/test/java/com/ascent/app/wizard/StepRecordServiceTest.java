package com.ascent.app.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepRecord;
import com.ascent.plugin.api.StepRecords;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** What a step keeps for a program stays with that step, program and organization, and is never overwritten blindly. */
@IntegrationTest
class StepRecordServiceTest {

    @Autowired
    StepRecordService records;
    @Autowired
    ProgramService programs;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aRecordIsStoredReadAndChangedOnlyFromTheVersionRead() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        Program program = newProgram();

        StepRecord first = records.put(program.id(), "sponsor-sign-off", "decision", 0, "APPROVED");
        StepRecord second = records.put(program.id(), "sponsor-sign-off", "decision", first.version(), "CHANGES_REQUESTED");

        assertThat(first.updatedBy()).isEqualTo("Test hr");
        assertThat(second.version()).isGreaterThan(first.version());
        assertThat(records.get(program.id(), "sponsor-sign-off", "decision")).contains(second);
        assertThatThrownBy(() -> records.put(program.id(), "sponsor-sign-off", "decision", first.version(), "APPROVED"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> records.put(program.id(), "sponsor-sign-off", "decision", 0, "APPROVED"))
                .as("a second first write").isInstanceOf(ConcurrentEditException.class);
        assertThat(records.get(program.id(), "sponsor-sign-off", "decision")).contains(second);

        records.remove(program.id(), "sponsor-sign-off", "decision", second.version());
        assertThat(records.all(program.id(), "sponsor-sign-off")).isEmpty();
    }

    @Test
    void recordsBelongToTheirStepProgramAndOrganization() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = newProgram();
        Program other = newProgram();
        records.put(program.id(), "sponsor-sign-off", "decision", 0, "APPROVED");

        assertThat(records.all(program.id(), "another-step")).isEmpty();
        assertThat(records.all(other.id(), "sponsor-sign-off")).isEmpty();

        accounts.signIn(accounts.newOrganization(Role.HR));
        assertThat(records.all(program.id(), "sponsor-sign-off")).as("another organization").isEmpty();
        assertThatThrownBy(() -> records.put(program.id(), "sponsor-sign-off", "note", 0, "planted"))
                .isInstanceOf(IllegalArgumentException.class);

        accounts.signIn(hr);
        assertThat(records.all(program.id(), "sponsor-sign-off")).extracting(StepRecord::key).containsExactly("decision");
    }

    @Test
    void badKeysAndValuesAreRefusedAtTheirFieldAndViewersOnlyRead() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = newProgram();

        assertThatThrownBy(() -> records.put(program.id(), "step", " ", 0, "x"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("key"));
        assertThatThrownBy(() -> records.put(program.id(), "step", "k", 0, "x".repeat(StepRecords.MAX_VALUE_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("value"));
        assertThat(records.all(program.id(), "step")).isEmpty();

        accounts.signIn(accounts.newColleague(hr, Role.VIEWER));
        assertThat(records.all(program.id(), "step")).isEmpty();
        assertThatThrownBy(() -> records.put(program.id(), "step", "k", 0, "x"))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private Program newProgram() {
        return programs.create(new ProgramDraft("Future general managers", "", LocalDate.of(2027, 1, 11), "Maria Nowak"));
    }
}
