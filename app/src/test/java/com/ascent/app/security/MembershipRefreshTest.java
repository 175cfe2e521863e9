package com.ascent.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What an administrator changes reaches the affected user's open session with their next request:
 * a changed role, a removal, and a reset password (which ends the session).
 */
@IntegrationTest
class MembershipRefreshTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdministrationService users;

    MockMvc mvc;
    Account admin;
    Account colleague;
    MockHttpSession sessionOfColleague;

    @BeforeEach
    void aColleagueIsSignedInElsewhere() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        admin = accounts.newOrganization(Role.ADMIN);
        colleague = accounts.newColleague(admin, Role.HR);
        sessionOfColleague = signedInSession(colleague);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aChangedRoleAppliesFromTheNextRequest() throws Exception {
        asAdmin(() -> users.changeRole(member(colleague), Role.VIEWER));

        mvc.perform(get("/actuator/health").session(sessionOfColleague));

        AscentUser refreshed = principal(sessionOfColleague);
        assertThat(refreshed.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_VIEWER");
        assertThat(refreshed.activeMembership()).get().extracting(Membership::organizationId)
                .isEqualTo(admin.organizationId());
    }

    @Test
    void someoneRemovedFromTheirOnlyOrganizationIsSignedOut() throws Exception {
        asAdmin(() -> users.remove(member(colleague)));

        mvc.perform(get("/actuator/health").session(sessionOfColleague));

        assertThat(sessionOfColleague.isInvalid()).isTrue();
    }

    @Test
    void aConsultantRemovedFromTheOrganizationTheyWorkInContinuesInTheirOtherOne() throws Exception {
        Account otherClient = accounts.newOrganization(Role.ADMIN);
        accounts.addMembership(colleague, otherClient, Role.VIEWER);
        sessionOfColleague = signedInSession(colleague);

        asAdmin(() -> users.remove(member(colleague)));
        mvc.perform(get("/actuator/health").session(sessionOfColleague));

        AscentUser refreshed = principal(sessionOfColleague);
        assertThat(refreshed.memberships()).extracting(Membership::organizationId)
                .containsExactly(otherClient.organizationId());
        assertThat(refreshed.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_VIEWER");
    }

    @Test
    void aPasswordResetByAnAdministratorEndsTheUsersOpenSessionsWithTheReason() throws Exception {
        MockHttpSession secondSession = signedInSession(colleague);

        asAdmin(() -> users.resetPassword(member(colleague)));

        for (MockHttpSession session : List.of(sessionOfColleague, secondSession)) {
            HttpSession next = mvc.perform(get("/actuator/health").session(session)).andReturn()
                    .getRequest().getSession(false);
            assertThat(session.isInvalid()).as("signed in with the replaced password").isTrue();
            assertThat(next).isNotNull();
            assertThat(next.getAttribute(SessionEnd.ATTRIBUTE)).as("what the sign-in page tells")
                    .isEqualTo(new SessionEnd(SessionEnd.Reason.PASSWORD_REPLACED, Duration.ZERO));
        }
        MockHttpSession signedInAgain = signedInSession(colleague);
        mvc.perform(get("/actuator/health").session(signedInAgain));
        assertThat(signedInAgain.isInvalid()).as("a session signed in after the reset goes on").isFalse();
    }

    @Test
    void anUnchangedSessionKeepsItsOrganizationAndRole() throws Exception {
        mvc.perform(get("/actuator/health").session(sessionOfColleague));

        AscentUser same = principal(sessionOfColleague);
        assertThat(same.activeMembership()).get().extracting(Membership::organizationId)
                .isEqualTo(admin.organizationId());
        assertThat(same.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_HR");
    }

    private MockHttpSession signedInSession(Account account) {
        accounts.signIn(account);
        MockHttpSession session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                SecurityContextHolder.getContext());
        SecurityContextHolder.clearContext();
        return session;
    }

    private void asAdmin(Runnable change) {
        accounts.signIn(admin);
        change.run();
        accounts.signOut();
    }

    private Member member(Account account) {
        return users.members().stream().filter(m -> m.userId().equals(account.userId())).findFirst().orElseThrow();
    }

    private static AscentUser principal(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return (AscentUser) context.getAuthentication().getPrincipal();
    }
}
