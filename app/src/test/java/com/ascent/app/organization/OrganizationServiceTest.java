package com.ascent.app.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.database.DatabaseRefusal;
import com.ascent.app.security.CurrentUser;
import com.ascent.app.security.Member;
import com.ascent.app.security.Membership;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.UserAdministrationService;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A consultant's organizations through the service: created with the creator as first
 * administrator, renamed, archived (then the database refuses every change, the settings' too) and
 * unarchived by administrators only; who may create is the operator's choice; the last
 * administrator stays, and the user is told why.
 */
@IntegrationTest
class OrganizationServiceTest {

    @Autowired
    OrganizationService organizations;
    @Autowired
    OrganizationRepository repository;
    @Autowired
    OrganizationSettingsService settings;
    @Autowired
    UserAdministrationService users;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void theCreatorBecomesTheFirstAdministratorAndCanSwitchIntoTheNewOrganizationAtOnce() {
        Account consultant = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(consultant);

        Organization created = organizations.create("  Client " + suffix() + "  ");

        assertThat(created.name()).doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(created.role()).isEqualTo(Role.ADMIN);
        assertThat(created.archived()).isFalse();
        assertThat(organizations.mine()).extracting(Organization::id)
                .containsExactlyInAnyOrder(consultant.organizationId(), created.id());
        assertThat(currentUser.require().memberships()).extracting(Membership::organizationId).contains(created.id());
        currentUser.switchOrganization(created.id());
        assertThat(currentUser.organizationId()).contains(created.id());
        assertThat(currentUser.hasRole(Role.ADMIN)).isTrue();
        assertThat(users.members()).extracting(Member::userId).containsExactly(consultant.userId());
    }

    @Test
    void aNameIsRequiredAndTakenByOneOrganizationOnlyWhateverItsCase() {
        Account consultant = accounts.newOrganization(Role.ADMIN);
        Account otherClient = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(consultant);

        assertRefused(() -> organizations.create("   "), "organizations.error.nameRequired");
        assertRefused(() -> organizations.create(otherClient.organizationName().toUpperCase(Locale.ROOT)),
                "organizations.error.nameTaken");
        assertThat(organizations.mine()).hasSize(1);
    }

    @Test
    void whoMayCreateIsTheOperatorsChoice() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account hr = accounts.newOrganization(Role.HR);
        OrganizationService anyone = withCreation("anyone");
        OrganizationService administrators = withCreation("Administrators");
        OrganizationService nobody = withCreation("nobody");

        accounts.signIn(hr);
        assertThat(anyone.canCreate()).isTrue();
        assertThat(administrators.canCreate()).isFalse();
        assertRefused(() -> administrators.create("Client " + suffix()), "organizations.error.creationNotAllowed");
        assertThat(anyone.create("Client " + suffix()).role()).isEqualTo(Role.ADMIN);

        accounts.signIn(admin);
        assertThat(administrators.canCreate()).isTrue();
        assertThat(nobody.canCreate()).isFalse();
        assertRefused(() -> nobody.create("Client " + suffix()), "organizations.error.creationNotAllowed");
        assertThat(nobody.mine()).hasSize(1);
        assertThatThrownBy(() -> withCreation("everybody")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("anyone");
    }

    @Test
    void administratorsRenameTheirOrganizationOthersDoNot() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account hr = accounts.newColleague(admin, Role.HR);
        accounts.signIn(admin);
        Organization before = only(organizations);

        String newName = "Renamed " + suffix();
        Organization renamed = organizations.rename(before, newName);

        assertThat(renamed.name()).isEqualTo(newName);
        assertThat(currentUser.require().activeMembership()).map(Membership::organizationName).contains(newName);
        assertThatThrownBy(() -> organizations.rename(before, "Stale " + suffix()))
                .isInstanceOf(ConcurrentEditException.class);
        accounts.signIn(hr);
        assertRefused(() -> organizations.rename(only(organizations), "By HR " + suffix()),
                "organizations.error.notAdministrator");
        assertRefused(() -> organizations.archive(only(organizations)), "organizations.error.notAdministrator");
    }

    @Test
    void anArchivedOrganizationIsReadOnlyUntilAnAdministratorUnarchivesIt() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(admin);
        Organization archived = organizations.archive(only(organizations));
        OrganizationSettings current = settings.current();

        assertThat(archived.archived()).isTrue();
        assertThat(only(organizations).archived()).isTrue();
        assertThatThrownBy(() -> settings.save(current))
                .satisfies(e -> assertThat(DatabaseRefusal.ORGANIZATION_ARCHIVED.causes(e)).as(e.toString()).isTrue());
        assertRefused(() -> organizations.rename(archived, "While archived " + suffix()), "organizations.error.archived");
        assertThat(settings.current()).as("still readable").isEqualTo(current);

        Organization unarchived = organizations.unarchive(archived);

        assertThat(unarchived.archived()).isFalse();
        assertThat(settings.save(settings.current()).currency()).isEqualTo(current.currency());
    }

    @Test
    void anOrganizationKeepsItsLastAdministratorEvenWhenAnOutdatedScreenAsksOtherwise() {
        Account first = accounts.newOrganization(Role.ADMIN);
        Account second = accounts.newColleague(first, Role.ADMIN);
        accounts.signIn(first);
        SecurityContext firstsTab = SecurityContextHolder.getContext();
        Member secondAsFirstSeesIt = member(second);

        accounts.signIn(second);
        users.changeRole(member(first), Role.HR);

        // The first administrator's tab, opened before they were demoted, still offers to demote the second.
        SecurityContextHolder.setContext(firstsTab);
        assertRefused(() -> users.changeRole(secondAsFirstSeesIt, Role.HR), "users.error.lastAdmin");
        assertRefused(() -> users.remove(secondAsFirstSeesIt), "users.error.lastAdmin");
        accounts.signIn(second);
        assertThat(only(organizations).role()).isEqualTo(Role.ADMIN);
    }

    private Member member(Account account) {
        return users.members().stream().filter(m -> m.userId().equals(account.userId())).findFirst().orElseThrow();
    }

    private OrganizationService withCreation(String setting) {
        return new OrganizationService(repository, currentUser, transactionManager, setting);
    }

    private static Organization only(OrganizationService service) {
        assertThat(service.mine()).hasSize(1);
        return service.mine().getFirst();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.getMessage()).isEqualTo(messageKey));
    }
}
