package com.ascent.app.e2e;

import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An end-to-end test class whose tests share one Chromium (English unless {@link #newBrowser()} says otherwise), pointed at the Ascent the class's
 * {@code @SpringBootTest} (with a random port) runs. The browser opens before the subclass's own
 * {@code @BeforeAll} and closes after the last test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserStateOnFailure.class)
abstract class BrowserTest implements BrowserStateOnFailure.DrivesABrowser {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    BrowserSession browser;
    Page page;

    @BeforeAll
    void openBrowser() {
        browser = newBrowser().at("http://localhost:" + port + "/");
        page = browser.page;
    }

    @Override
    public BrowserSession browserSession() {
        return browser;
    }

    /** The browser of this class's tests: an English one, unless a subclass needs another. */
    BrowserSession newBrowser() {
        return new BrowserSession();
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
    }

    String url(String path) {
        return browser.url(path);
    }

    void signIn(Account account) {
        browser.signIn(account.email(), account.password());
    }

    void signOut() {
        browser.signOut();
    }
}
