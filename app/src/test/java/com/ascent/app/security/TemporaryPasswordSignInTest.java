package com.ascent.app.security;

import static com.ascent.app.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The temporary password of an administrator's reset works for three days (the default of
 * {@code ascent.passwords.temporary-valid-for}); after that even the right one is refused, with its
 * own answer, while a wrong one still gets the usual one. A password the user chose never expires.
 */
@IntegrationTest
class TemporaryPasswordSignInTest {

    static final String EXPIRED = "/login?expired";

    @Autowired
    WebApplicationContext web;
    @Autowired
    TestAccounts accounts;
    @Autowired
    UserAdministrationService users;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;

    MockMvc mvc;
    Account admin;
    Account colleague;

    @BeforeEach
    void anAdministratorAndAColleague() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        admin = accounts.newOrganization(Role.ADMIN);
        colleague = accounts.newColleague(admin, Role.HR);
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aTemporaryPasswordSignsInWithinItsValidity() throws Exception {
        String temporary = reset(colleague);
        setPasswordAgo(colleague, Duration.ofDays(3).minusMinutes(5));

        assertThat(signIn(colleague.email(), temporary)).isEqualTo(SignInThrottlingTest.SIGNED_IN);
    }

    @Test
    void anExpiredTemporaryPasswordIsRefusedWithAMessageToAskTheAdministrator() throws Exception {
        String temporary = reset(colleague);
        setPasswordAgo(colleague, Duration.ofDays(3).plusMinutes(1));

        assertThat(signIn(colleague.email(), temporary)).isEqualTo(EXPIRED);
        assertThat(signIn(colleague.email(), temporary + "x")).as("a wrong password learns nothing of it")
                .isEqualTo(SignInThrottlingTest.WRONG);

        String again = reset(colleague);
        assertThat(signIn(colleague.email(), again)).as("after a new reset").isEqualTo(SignInThrottlingTest.SIGNED_IN);
    }

    @Test
    void aPasswordTheUserChoseDoesNotExpire() throws Exception {
        setPasswordAgo(colleague, Duration.ofDays(400));

        assertThat(signIn(colleague.email(), colleague.password())).isEqualTo(SignInThrottlingTest.SIGNED_IN);
    }

    private String reset(Account account) {
        accounts.signIn(admin);
        try {
            return users.resetPassword(users.members().stream()
                    .filter(m -> m.userId().equals(account.userId())).findFirst().orElseThrow());
        } finally {
            accounts.signOut();
        }
    }

    /** Makes the account's password as old as {@code age}, as if it had been set then. */
    private void setPasswordAgo(Account account, Duration age) {
        OrganizationScope.callAs(account.organizationId(), () -> transactions.execute(tx -> dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_SET_AT, OffsetDateTime.now(ZoneOffset.UTC).minus(age))
                .where(APP_USER.ID.eq(account.userId()))
                .execute()));
    }

    /** Posts the login form from an address of its own; where the browser is sent tells the outcome. */
    private String signIn(String email, String password) throws Exception {
        String address = "10.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(256),
                ThreadLocalRandom.current().nextInt(256), ThreadLocalRandom.current().nextInt(256));
        String location = mvc.perform(post("/login").param("username", email).param("password", password)
                        .with(csrf()).with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        }))
                .andReturn().getResponse().getRedirectedUrl();
        return location != null && location.contains("/login?") ? location.substring(location.indexOf("/login"))
                : SignInThrottlingTest.SIGNED_IN;
    }
}
