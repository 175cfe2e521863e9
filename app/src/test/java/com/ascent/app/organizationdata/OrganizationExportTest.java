package com.ascent.app.organizationdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPeople;
import com.ascent.app.support.TestPeople.Spec;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** What the administrator's ZIP holds: every table they can read, their organization's rows only. */
@IntegrationTest
class OrganizationExportTest {

    @Autowired
    OrganizationExportService exports;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPeople people;
    @Autowired
    FullProgram fullProgram;
    @Autowired
    ProgramService programs;

    Account adminOfA;
    Account adminOfB;

    @BeforeEach
    void twoOrganizationsAndAConsultantInBoth() {
        adminOfB = accounts.newOrganization(Role.ADMIN);
        accounts.signIn(adminOfB);
        programs.create(new ProgramDraft("Program of B", "", FullProgram.START, "Bruno"));
        people.add(adminOfB.organizationId(), Spec.of("Bruno of B", "Sales", 5));

        adminOfA = accounts.newOrganization(Role.ADMIN);
        // A consultant: A's administrator sees their membership in B (for the organization switcher).
        accounts.addMembership(adminOfA, adminOfB, Role.VIEWER);
        accounts.signIn(adminOfA);
        fullProgram.create(adminOfA.organizationId());
        people.add(adminOfA.organizationId(), Spec.of("=HYPERLINK(\"http://evil.example\")", "Sales", 5));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void everyReadableTableIsACsvWithItsReadableColumnsAndThePdfsAndReadmeAreThere() {
        ExportedZip zip = ExportedZip.of(exports);

        assertThat(zip.entries().keySet())
                .contains("README.txt", "tables/organization.csv", "tables/app_user.csv", "tables/membership.csv",
                        "tables/person.csv", "tables/program.csv", "tables/objective.csv", "tables/pair.csv",
                        "tables/calendar_event.csv", "tables/development_plan.csv", "tables/resource_assignment.csv",
                        "tables/observation.csv", "tables/audit_event.csv", "tables/feedback_round.csv",
                        "tables/feedback_request.csv", "tables/feedback_link.csv")
                .doesNotContain("tables/organization_erasure.csv", "tables/flyway_schema_history.csv")
                .anyMatch(name -> name.matches("programs/future-leaders-[0-9a-f-]+/program-report\\.pdf"))
                .anyMatch(name -> name.matches("programs/future-leaders-[0-9a-f-]+/development-plans/ana-finance-[0-9a-f]{8}\\.pdf"));
        zip.entries().forEach((name, content) -> {
            if (name.endsWith(".pdf")) {
                assertThat(new String(content, 0, 5, StandardCharsets.ISO_8859_1)).as(name).isEqualTo("%PDF-");
            }
        });

        assertThat(firstLine(zip.text("tables/app_user.csv"))).startsWith("id,email,display_name,")
                .doesNotContain("password_hash");
        assertThat(firstLine(zip.text("tables/feedback_link.csv"))).contains("request_id")
                .doesNotContain("token_hash");
        assertThat(zip.text("tables/program.csv")).contains("Future leaders");
        assertThat(zip.text("tables/person.csv")).contains("Ana Finance", "Mia Marketing");
    }

    @Test
    void noPasswordHashIsExported() {
        String hash = accounts.passwordHash(adminOfA);
        ExportedZip zip = ExportedZip.of(exports);

        zip.entries().forEach((name, content) -> {
            String text = new String(content, StandardCharsets.ISO_8859_1);
            assertThat(text).as(name).doesNotContain(hash).doesNotContain("{argon2").doesNotContain("password_hash");
        });
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreText() {
        String persons = ExportedZip.of(exports).text("tables/person.csv");

        assertThat(persons).contains("'=HYPERLINK(\"\"http://evil.example\"\")")
                .doesNotContain(",=HYPERLINK");
    }

    @Test
    void timesAreInUtcAndRowsInPrimaryKeyOrder() {
        ExportedZip zip = ExportedZip.of(exports);
        List<String[]> events = zip.text("tables/audit_event.csv").lines().skip(1).map(l -> l.split(",", 3)).toList();

        assertThat(events).isNotEmpty().allSatisfy(e ->
                assertThat(e[1]).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
        assertThat(events.stream().map(e -> Long.parseLong(e[0])).toList()).isSorted();
        assertThat(zip.text("README.txt"))
                .contains("Exported at 2027-03-01T08:15:30Z (UTC)")
                .containsPattern("Ascent version \\S+")
                .doesNotContain("@project.version@")
                .containsPattern("tables/person\\.csv: \\d+ rows");
    }

    @Test
    void noRowOfAnotherOrganizationIsExportedEvenForAConsultantWhoBelongsToIt() {
        ExportedZip zip = ExportedZip.of(exports);

        String idOfB = adminOfB.organizationId().toString();
        zip.entries().forEach((name, content) -> assertThat(new String(content, StandardCharsets.UTF_8)).as(name)
                .doesNotContain(idOfB).doesNotContain(adminOfB.organizationName())
                .doesNotContain("Program of B").doesNotContain("Bruno of B").doesNotContain(adminOfB.email()));
        assertThat(zip.text("tables/organization.csv").lines()).hasSize(2);
        assertThat(zip.text("tables/membership.csv").lines()).hasSize(2);
    }

    @Test
    void onlyAnAdministratorExports() {
        accounts.signIn(accounts.newColleague(adminOfA, Role.HR));

        assertThatThrownBy(() -> ExportedZip.of(exports)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theSameDataGivesTheSameBytes() {
        assertThat(ExportedZip.of(exports).bytes()).isEqualTo(ExportedZip.of(exports).bytes());
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}
