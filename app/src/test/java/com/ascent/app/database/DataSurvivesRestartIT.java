package com.ascent.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.AscentApplication;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded database keeps its files in the data directory: a restart loses nothing. */
class DataSurvivesRestartIT {

    @Test
    void whatAUserSavedIsStillThereAfterARestart(@TempDir Path dataDir) {
        Account hr;
        Program saved;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            TestAccounts accounts = first.getBean(TestAccounts.class);
            hr = accounts.newOrganization(Role.HR);
            accounts.signIn(hr);
            saved = first.getBean(ProgramService.class).create(new ProgramDraft("Future leaders 2027",
                    "Kept across restarts", LocalDate.of(2027, 1, 11), "Maria Nowak"));
            accounts.signOut();
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            TestAccounts accounts = second.getBean(TestAccounts.class);
            accounts.signIn(hr);
            assertThat(second.getBean(ProgramService.class).find(saved.id())).get()
                    .extracting(Program::name, Program::description)
                    .containsExactly("Future leaders 2027", "Kept across restarts");
            accounts.signOut();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(AscentApplication.class)
                .profiles("test")
                .run("--ascent.data-dir=" + dataDir, "--ascent.database.ephemeral=false", "--server.port=0");
    }
}
