package com.ascent.app.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.roster.ProgramRosterService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.StepAttachment;
import com.ascent.plugin.api.StepRecord;
import com.ascent.plugin.api.WhenAttachedRemoved;
import com.ascent.plugin.api.roster.Availability;
import com.ascent.plugin.api.roster.MemberDraft;
import com.ascent.plugin.api.roster.RosterMember;
import com.ascent.plugin.api.roster.RosterRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Records a step attached to a roster member follow that member: when a HiPo leaves the roster, a
 * step that removes its records loses them, a step that flags them keeps them flagged; the same
 * HiPo's records in another program and another organization's records stay as they were.
 */
@IntegrationTest
class StepRecordAttachmentTest {

    private static final String REMOVING_STEP = "rotations";
    private static final String FLAGGING_STEP = "sponsor-sign-off";

    @Autowired
    StepRecordService records;
    @Autowired
    ProgramService programs;
    @Autowired
    ProgramRosterService roster;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPeople people;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aHipoLeavingTheRosterTakesTheRemovingStepsRecordsAndFlagsTheFlaggingSteps() {
        Account elsewhere = accounts.newOrganization(Role.HR);
        accounts.signIn(elsewhere);
        Program otherOrganizations = newProgram();
        RosterMember theirHipo = hipo(otherOrganizations, elsewhere.organizationId(), "Olga Other");
        records.put(otherOrganizations.id(), REMOVING_STEP, "rotation", 0, "Plant B",
                StepAttachment.member(theirHipo.id()), WhenAttachedRemoved.REMOVE);

        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = newProgram();
        Program another = newProgram();
        UUID ana = people.add(hr.organizationId(), Spec.of("Ana Finance", "Finance", 5));
        RosterMember leaving = roster.addMember(program.id(), hipoDraft(ana));
        RosterMember staying = roster.addMember(another.id(), hipoDraft(ana));
        records.put(program.id(), REMOVING_STEP, "rotation", 0, "Plant A", StepAttachment.member(leaving.id()),
                WhenAttachedRemoved.REMOVE);
        records.put(program.id(), FLAGGING_STEP, "sponsor-of-ana", 0, "Approved",
                StepAttachment.member(leaving.id()), WhenAttachedRemoved.FLAG);
        records.put(program.id(), FLAGGING_STEP, "decision", 0, "Approved");
        records.put(another.id(), REMOVING_STEP, "rotation", 0, "Plant C", StepAttachment.member(staying.id()),
                WhenAttachedRemoved.REMOVE);

        roster.removeMember(program.id(), leaving.id(), leaving.version());

        assertThat(records.all(program.id(), REMOVING_STEP)).as("the removing step's records").isEmpty();
        List<StepRecord> kept = records.all(program.id(), FLAGGING_STEP);
        assertThat(kept).extracting(StepRecord::key).containsExactly("decision", "sponsor-of-ana");
        assertThat(kept.get(0).orphaned()).as("a record about the program").isFalse();
        assertThat(kept.get(1).orphaned()).as("the record about the HiPo who left").isTrue();
        assertThat(kept.get(1).attachment()).isNull();
        assertThat(kept.get(1).value()).isEqualTo("Approved");
        assertThat(records.all(another.id(), REMOVING_STEP)).singleElement()
                .satisfies(r -> assertThat(r.attachment()).isEqualTo(StepAttachment.member(staying.id())))
                .satisfies(r -> assertThat(r.orphaned()).isFalse());

        accounts.signIn(elsewhere);
        assertThat(records.all(otherOrganizations.id(), REMOVING_STEP)).as("another organization's records")
                .extracting(StepRecord::value).containsExactly("Plant B");
    }

    @Test
    void aFlaggedRecordWrittenAgainAttachedIsNoLongerFlaggedAndAPlainWriteKeepsItsAttachment() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = newProgram();
        RosterMember first = hipo(program, hr.organizationId(), "Ana Finance");
        RosterMember second = hipo(program, hr.organizationId(), "Bo Sales");
        StepRecord note = records.put(program.id(), FLAGGING_STEP, "note", 0, "Draft",
                StepAttachment.member(first.id()), WhenAttachedRemoved.FLAG);
        note = records.put(program.id(), FLAGGING_STEP, "note", note.version(), "Reviewed");
        assertThat(note.attachment()).as("after a plain write").isEqualTo(StepAttachment.member(first.id()));

        roster.removeMember(program.id(), first.id(), first.version());
        StepRecord flagged = records.get(program.id(), FLAGGING_STEP, "note").orElseThrow();
        assertThat(flagged.orphanedAt()).isNotNull();

        StepRecord moved = records.put(program.id(), FLAGGING_STEP, "note", flagged.version(), "Reviewed",
                StepAttachment.member(second.id()), WhenAttachedRemoved.FLAG);
        assertThat(moved.orphaned()).isFalse();
        assertThat(moved.attachment()).isEqualTo(StepAttachment.member(second.id()));
    }

    @Test
    void aMemberOfAnotherProgramOrSomethingThatDoesNotExistIsRefused() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = newProgram();
        Program another = newProgram();
        RosterMember elsewhere = hipo(another, hr.organizationId(), "Ana Finance");

        assertThatThrownBy(() -> records.put(program.id(), REMOVING_STEP, "rotation", 0, "Plant A",
                StepAttachment.member(elsewhere.id()), WhenAttachedRemoved.REMOVE))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("steprecords.error.attachment"));
        assertThatThrownBy(() -> records.put(program.id(), REMOVING_STEP, "rotation", 0, "Plant A",
                StepAttachment.pair(UUID.randomUUID()), WhenAttachedRemoved.REMOVE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(records.all(program.id(), REMOVING_STEP)).isEmpty();
    }

    private RosterMember hipo(Program program, UUID organizationId, String name) {
        return roster.addMember(program.id(), hipoDraft(people.add(organizationId, Spec.of(name, "Finance", 5))));
    }

    private static MemberDraft hipoDraft(UUID personId) {
        return MemberDraft.employee(personId, RosterRole.HIPO, 0, List.of(), Availability.HIGH, List.of());
    }

    private Program newProgram() {
        return programs.create(new ProgramDraft("Future general managers", "", LocalDate.of(2027, 1, 11), "Maria Nowak"));
    }
}
