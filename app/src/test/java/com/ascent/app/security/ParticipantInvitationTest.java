package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.participation.Invitee;
import com.ascent.app.participation.MyProgramService;
import com.ascent.app.participation.ParticipantFixture;
import com.ascent.app.participation.ParticipantFixture.Cohort;
import com.ascent.app.participation.ProgramParticipantsService;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.InvitationService.Invited;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.InvalidInputException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HR invites the people of a program; an invitation to an e-mail that has an account joins that
 * account (bound to the person), never a second one; staff bound to a person see both.
 */
@IntegrationTest
class ParticipantInvitationTest {

    @Autowired
    ParticipantFixture fixture;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ProgramParticipantsService participants;
    @Autowired
    InvitationService invitations;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    MyProgramService myProgram;
    @Autowired
    ProgramService programs;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void hrSeesTheProgramsPeopleAndInvitesThoseNotInvitedYetOnce() {
        Cohort cohort = fixture.create();

        List<Invitee> before = participants.invitees(cohort.programId());
        assertThat(before).extracting(Invitee::personId).containsExactlyInAnyOrder(cohort.hanna(), cohort.piotr(),
                cohort.marek(), cohort.olga(), cohort.helena());
        assertThat(before).filteredOn(i -> i.personId().equals(cohort.helena())).singleElement()
                .satisfies(i -> assertThat(i.roles()).containsExactly(Invitee.ProgramRole.MANAGER));
        assertThat(participants.inviteAll(cohort.programId())).isEqualTo(5);
        assertThat(participants.inviteAll(cohort.programId())).as("nobody invited twice").isZero();
        assertThat(participants.invitees(cohort.programId())).allSatisfy(i -> {
            assertThat(i.access().joined()).isFalse();
            assertThat(i.access().invitationExpiry()).isNotNull();
        });
        assertThatThrownBy(() -> participants.invite(cohort.programId(), UUID.randomUUID()))
                .isInstanceOf(InvalidInputException.class).hasMessage("participants.error.notInProgram");
    }

    @Test
    void anInvitationToAnEmailWithAnAccountJoinsThatAccountAndStaffSeeBoth() {
        Cohort cohort = fixture.create();
        // Olga the mentor works in HR too: she has an account with her directory e-mail already.
        String olgasEmail = participants.invitees(cohort.programId()).stream()
                .filter(i -> i.personId().equals(cohort.olga())).findFirst().orElseThrow().email();
        UUID olgaId = OrganizationScope.callAs(cohort.hr().organizationId(), () -> transactions.execute(tx -> {
            UUID id = repository.createUser(olgasEmail, "Olga", "{noop}unused");
            repository.addMembership(id, cohort.hr().organizationId(), Role.HR);
            return id;
        }));
        Account olga = new Account(olgaId, olgasEmail, "", cohort.hr().organizationId(), cohort.hr().organizationName());
        accounts.signIn(cohort.hr());
        Invited invited = participants.invite(cohort.programId(), cohort.olga());
        accounts.signOut();

        assertThatThrownBy(() -> invitations.acceptWithNewAccount(invited.token(), "Olga again", "a long passphrase ok"))
                .isInstanceOf(InvalidInputException.class).hasMessage("invitation.error.accountExists");
        accounts.signIn(olga);
        invitations.accept(invited.token());

        assertThat(accounts.memberships(olga)).extracting(Membership::organizationId, Membership::role,
                Membership::personId).containsExactly(tuple(cohort.hr().organizationId(), Role.HR, cohort.olga()));
        accounts.signIn(olga);
        assertThat(accounts.currentAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_HR", "ROLE_PARTICIPANT");
        assertThat(programs.list()).extracting(p -> p.id()).contains(cohort.programId());
        assertThat(myProgram.overview(ParticipantFixture.START).pairs()).singleElement()
                .satisfies(pair -> assertThat(pair.pairId()).isEqualTo(cohort.piotrPair()));
        accounts.signIn(cohort.hr());
        assertThat(participants.invitees(cohort.programId())).filteredOn(i -> i.personId().equals(cohort.olga()))
                .singleElement().satisfies(i -> assertThat(i.access().joined()).isTrue());
        assertThatThrownBy(() -> participants.invite(cohort.programId(), cohort.olga()))
                .isInstanceOf(InvalidInputException.class).hasMessage("participants.error.alreadyJoined");
    }

    @Test
    void anAdministratorCannotTurnStaffIntoAParticipantWithoutAPerson() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account viewer = accounts.newColleague(admin, Role.VIEWER);
        accounts.signIn(admin);
        Member member = OrganizationScope.callAs(admin.organizationId(), () -> transactions.execute(tx ->
                repository.member(admin.organizationId(), viewer.userId()).orElseThrow()));
        assertThatThrownBy(() -> users.changeRole(member, Role.PARTICIPANT)).isInstanceOf(InvalidInputException.class)
                .hasMessage("participants.error.participantByInvitation");
    }

    @Autowired
    UserAdministrationService users;
}
