package com.ascent.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.ascent.app.support.BrowserlessViewTest;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** A page that cannot be built says why in the user's words: "temporarily unavailable" for any database outage. */
class PageFailedViewTest extends BrowserlessViewTest {

    /** The ways an outage reaches a page: the pool's timeout, a pooled connection broken by the restart, a refused connection. */
    static Stream<Exception> outages() {
        return Stream.of(
                new CannotGetJdbcConnectionException("no connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")),
                new DataAccessResourceFailureException("query failed",
                        new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)),
                new IllegalStateException("lookup failed", new ConnectException("Connection refused")));
    }

    @ParameterizedTest
    @MethodSource("outages")
    void everyKindOfDatabaseOutageShowsTheTemporarilyUnavailablePage(Exception outage) {
        PageFailedView page = new PageFailedView();

        int status = page.setErrorParameter(eventFor("programs"), new ErrorParameter<>(Exception.class, outage));

        assertThat(status).isEqualTo(503);
        assertThat(page.getId()).contains("database-unavailable");
        assertThat(page.getElement().getTextRecursively()).contains("Ascent is temporarily unavailable", "Try again");
    }

    @Test
    void anyOtherFailureSaysNothingWasSavedAndHidesTheTechnicalDetails() {
        PageFailedView page = new PageFailedView();

        int status = page.setErrorParameter(eventFor("programs"),
                new ErrorParameter<>(Exception.class, new IllegalStateException("secret internal detail")));

        assertThat(status).isEqualTo(500);
        assertThat(page.getId()).contains("page-failed");
        assertThat(page.getElement().getTextRecursively()).contains("Nothing was saved").doesNotContain("secret internal detail");
    }

    private static BeforeEnterEvent eventFor(String path) {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location(path));
        return event;
    }
}
