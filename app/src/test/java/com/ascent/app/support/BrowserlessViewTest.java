package com.ascent.app.support;

import com.ascent.app.security.TestAccounts;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base of the browserless UI tests: real views, services, database and plugins; only the
 * browser is missing. Sign a user in with {@link #accounts} before navigating.
 */
@IntegrationTest
public abstract class BrowserlessViewTest extends SpringBrowserlessTest {

    @Autowired
    protected TestAccounts accounts;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }
}
