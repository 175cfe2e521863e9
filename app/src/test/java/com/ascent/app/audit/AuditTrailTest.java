package com.ascent.app.audit;

import static com.ascent.app.db.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.format.DayRange;
import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.objectives.ObjectivesService;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.PersonDraft;
import com.ascent.app.people.PersonEntry;
import com.ascent.app.program.Program;
import com.ascent.app.program.ProgramDraft;
import com.ascent.app.program.ProgramService;
import com.ascent.app.security.Member;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.security.UserAdministrationService;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.objectives.IndicatorDraft;
import com.ascent.plugin.api.objectives.MeasurementSource;
import com.ascent.plugin.api.objectives.Objective;
import com.ascent.plugin.api.objectives.ObjectiveDraft;
import com.ascent.plugin.api.objectives.Priority;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on the real PostgreSQL: changes made through services appear with who, which
 * record and which fields, never values; each organization reads only its own trail and the
 * application's role cannot write it at all.
 */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    ProgramService programs;
    @Autowired
    ObjectivesService objectives;
    @Autowired
    UserAdministrationService users;
    @Autowired
    PeopleDirectory people;
    @Autowired
    OrganizationSettingsService settings;
    @Autowired
    TestAccounts accounts;
    @Autowired
    AscentI18NProvider i18n;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void aChangeMadeThroughAServiceShowsWhoChangedWhichRecordAndWhichFields() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = programs.create(draft("Future leaders"));
        Objective objective = objectives.add(program.id(), objective("Strategic thinking", Priority.HIGH));
        objectives.update(program.id(), objective.id(), objective.version(), objective("Thinking ahead", Priority.LOW));

        AuditEntry change = trail.list(AuditFilter.ALL, 0, 1).getFirst();
        assertThat(change.operation()).isEqualTo(AuditOperation.CHANGED);
        assertThat(change.entity()).isEqualTo("objective");
        assertThat(change.key()).isEqualTo(objective.id().toString());
        assertThat(change.fields()).containsExactly("title", "priority");
        assertThat(change.actorId()).isEqualTo(hr.userId());
        assertThat(change.actorName()).isEqualTo("Test hr");
        assertThat(change.programId()).isEqualTo(program.id());
        assertThat(change.programName()).isEqualTo("Future leaders");

        AuditWording english = trail.wording(Locale.ENGLISH);
        assertThat(List.of(english.actor(change), english.operation(change.operation()), english.entity(change),
                english.fields(change), english.program(change)))
                .containsExactly("Test hr", "Changed", "Objective", "Title, Priority", "Future leaders");
        AuditWording polish = trail.wording(Locale.of("pl"));
        assertThat(List.of(polish.operation(change.operation()), polish.entity(change), polish.fields(change)))
                .containsExactly("Zmieniono", "Cel", "Tytuł, Priorytet");
        assertThat(trail.list(AuditFilter.ALL, 0, 10)).extracting(AuditEntry::operation, AuditEntry::entity)
                .contains(tuple(AuditOperation.CREATED, "program"), tuple(AuditOperation.CREATED, "objective"));
    }

    @Test
    void rowsOfAProgramThroughTheirParentCarryTheProgramAndACascadeIsPartOfTheDeletionThatCausedIt() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        Program program = programs.create(draft("Sales leaders"));
        Objective objective = objectives.add(program.id(), objective("Negotiation", Priority.HIGH));
        objectives.addIndicator(program.id(), objective.id(), new IndicatorDraft("Win rate", "%",
                MeasurementSource.BUSINESS_KPI, new BigDecimal("20"), new BigDecimal("30"), "quarterly"));
        Objective withIndicator = objectives.list(program.id()).getFirst();

        objectives.remove(program.id(), objective.id(), withIndicator.version());

        List<AuditEntry> entries = trail.list(new AuditFilter(DayRange.ALL, null, AuditArea.OBJECTIVES, null), 0, 50);
        assertThat(entries).extracting(AuditEntry::operation, AuditEntry::entity, AuditEntry::programId)
                .containsExactly(
                        tuple(AuditOperation.DELETED, "objective", program.id()),
                        tuple(AuditOperation.CREATED, "success_indicator", program.id()),
                        tuple(AuditOperation.CREATED, "objective", program.id()));
    }

    @Test
    void aReportWhoseManagerIsDeletedIsNotRecordedAsChangedByTheDeletion() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        PersonEntry manager = people.create(person("M-1", "Maria Manager", null));
        PersonEntry report = people.create(person("R-1", "Robert Report", manager.person().id()));

        OrganizationScope.runAs(hr.organizationId(), () -> OrganizationScope.callAsUser(hr.userId(), () ->
                transactions.execute(tx -> dsl.execute("delete from ascent.person where id = ?", manager.person().id()))));

        assertThat(trail.list(new AuditFilter(DayRange.ALL, null, AuditArea.PEOPLE, null), 0, 10))
                .extracting(AuditEntry::operation, AuditEntry::key, AuditEntry::actorId)
                .containsExactly(tuple(AuditOperation.DELETED, manager.person().id().toString(), hr.userId()),
                        tuple(AuditOperation.CREATED, report.person().id().toString(), hr.userId()),
                        tuple(AuditOperation.CREATED, manager.person().id().toString(), hr.userId()));
    }

    @Test
    void anotherOrganizationsTrailIsInvisibleEvenToAQueryWithoutFilter() throws SQLException {
        Account hrOfA = accounts.newOrganization(Role.HR);
        Account hrOfB = accounts.newOrganization(Role.HR);
        accounts.signIn(hrOfB);
        Program ofB = programs.create(draft("Program of B"));

        accounts.signIn(hrOfA);
        assertThat(trail.list(AuditFilter.ALL, 0, 100)).extracting(AuditEntry::programId).doesNotContain(ofB.id());
        assertThat(trail.list(new AuditFilter(DayRange.ALL, null, null, ofB.id()), 0, 100)).isEmpty();
        assertThat(trail.actors()).extracting(AuditActor::userId).doesNotContain(hrOfB.userId());

        Integer visible = OrganizationScope.callAs(hrOfA.organizationId(), () -> transactions.execute(tx ->
                dsl.fetch("select count(*)::integer from ascent.audit_event where organization_id = ?",
                        hrOfB.organizationId()).get(0).get(0, Integer.class)));
        assertThat(visible).isZero();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from ascent.audit_event")) {
            rows.next();
            assertThat(rows.getInt(1)).as("no organization set: no event").isZero();
        }
    }

    @Test
    void theApplicationRoleCanNeitherAddNorChangeNorDeleteEvents() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        programs.create(draft("Future leaders"));
        UUID organization = hr.organizationId();
        List<String> forgeries = List.of(
                "insert into ascent.audit_event (organization_id, entity, entity_key, operation) "
                        + "values ('" + organization + "', 'program', 'forged', 'CREATED')",
                "update ascent.audit_event set actor_id = null",
                "delete from ascent.audit_event",
                "truncate ascent.audit_event",
                "select ascent.audit_changes_of('ascent.person')",
                "drop trigger audit_updates on ascent.program",
                "alter table ascent.program disable trigger audit_updates");

        for (String forgery : forgeries) {
            assertThatThrownBy(() -> OrganizationScope.runAs(organization, () -> transactions.executeWithoutResult(tx ->
                    dsl.execute(forgery))))
                    .as(forgery).rootCause().hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }
        assertThat(trail.list(new AuditFilter(DayRange.ALL, null, AuditArea.PROGRAMS, null), 0, 10))
                .extracting(AuditEntry::entity, AuditEntry::actorId).containsExactly(tuple("program", hr.userId()));
    }

    @Test
    void neitherValuesNorPasswordHashesAreRecordedOnlyTheNamesOfTheChangedFields() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account colleague = accounts.newColleague(admin, Role.HR);
        accounts.signIn(admin);
        String name = "Zofia Unique-" + UUID.randomUUID();
        String email = "zofia-" + UUID.randomUUID() + "@example.com";
        PersonEntry person = people.create(new PersonDraft("E-1", name, email, "Sales", "Manager", 7, null, "Kraków",
                LocalDate.of(2020, 3, 1), 3, 2, List.of("Negotiation")));
        people.update(person.person().id(), person.version(), new PersonDraft("E-1", name + " Nowak", email, "Sales",
                "Director", 8, null, "Kraków", LocalDate.of(2020, 3, 1), 3, 3, List.of("Negotiation")));
        String hash = "$argon2id$v=19$m=16384,t=2,p=1$" + UUID.randomUUID();
        OrganizationScope.runAs(admin.organizationId(), () -> transactions.executeWithoutResult(tx ->
                dsl.update(APP_USER).set(APP_USER.PASSWORD_HASH, hash).where(APP_USER.ID.eq(colleague.userId())).execute()));

        AuditEntry reset = trail.list(new AuditFilter(DayRange.ALL, null, AuditArea.ORGANIZATION, null), 0, 1).getFirst();
        assertThat(reset.entity()).isEqualTo("app_user");
        assertThat(reset.key()).isEqualTo(colleague.userId().toString());
        assertThat(reset.fields()).containsExactly("password_hash");
        assertThat(trail.wording(Locale.ENGLISH).fields(reset)).isEqualTo("Password");
        AuditEntry edit = trail.list(new AuditFilter(DayRange.ALL, null, AuditArea.PEOPLE, null), 0, 1).getFirst();
        assertThat(trail.wording(Locale.ENGLISH).fields(edit)).isEqualTo("Full name, Title, Level, Potential");
        List<String> everything = new ArrayList<>();
        OrganizationScope.runAs(admin.organizationId(), () -> transactions.executeWithoutResult(tx ->
                everything.addAll(dsl.fetch("select e::text from ascent.audit_event e").getValues(0, String.class))));
        assertThat(everything).hasSizeGreaterThan(5).noneMatch(row -> row.contains(hash) || row.contains("argon2")
                || row.contains("Zofia") || row.contains(email) || row.contains("Kraków") || row.contains("Director"));
    }

    @Test
    void theFiltersNarrowThePeriodThePersonTheKindOfRecordAndTheProgram() {
        Account hr = accounts.newOrganization(Role.HR);
        Account colleague = accounts.newColleague(hr, Role.HR);
        accounts.signIn(hr);
        Program first = programs.create(draft("First"));
        accounts.signIn(colleague);
        Program second = programs.create(draft("Second"));
        programs.update(second.id(), second.version(), draft("Second, renamed"));

        assertThat(trail.count(new AuditFilter(DayRange.ALL, null, AuditArea.PROGRAMS, null))).isEqualTo(3);
        assertThat(trail.count(new AuditFilter(DayRange.ALL, colleague.userId(), AuditArea.PROGRAMS, null)))
                .isEqualTo(2);
        assertThat(trail.count(new AuditFilter(DayRange.ALL, null, AuditArea.PEOPLE, null))).isZero();
        assertThat(trail.list(new AuditFilter(DayRange.ALL, null, null, first.id()), 0, 10))
                .extracting(AuditEntry::operation).containsExactly(AuditOperation.CREATED);
        int everything = trail.count(AuditFilter.ALL);
        LocalDate today = LocalDate.now(settings.current().timeZone());
        assertThat(trail.count(new AuditFilter(new DayRange(today, today), null, null, null))).isEqualTo(everything);
        assertThat(trail.count(new AuditFilter(new DayRange(today.plusDays(1), null), null, null, null))).isZero();
        assertThat(trail.count(new AuditFilter(new DayRange(null, today.minusDays(1)), null, null, null))).isZero();
        assertThat(trail.actors()).extracting(AuditActor::displayName).contains("Test hr");
        assertThat(trail.list(AuditFilter.ALL, 1, 2)).hasSize(2)
                .isEqualTo(trail.list(AuditFilter.ALL, 0, 3).subList(1, 3));
    }

    @Test
    void theCsvHoldsTheFilteredRowsInTheReadersWordsWithFormulasNeutralised() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        programs.create(draft("=HYPERLINK(\"http://evil.example\")"));
        Program kept = programs.create(draft("Leaders"));
        programs.update(kept.id(), kept.version(), new ProgramDraft("Leaders", "Now with a description",
                LocalDate.of(2027, 1, 11), "Maria Nowak"));

        StringWriter polish = new StringWriter();
        trail.exportCsv(new AuditFilter(DayRange.ALL, null, null, kept.id()), Locale.of("pl"), polish);
        List<String> lines = polish.toString().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("Czas,Osoba,Czynność,Wpis,Pola,Program,Klucz wpisu");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d),.*")
                .endsWith(",Test hr,Zmieniono,Program,Opis,Leaders," + kept.id());

        StringWriter english = new StringWriter();
        trail.exportCsv(AuditFilter.ALL, Locale.ENGLISH, english);
        assertThat(english.toString()).contains(",Test hr,Created,Program,,\"'=HYPERLINK(\"\"http://evil.example\"\")\",");
    }

    @Test
    void aFormerMemberIsShownAsAFormerUser() {
        Account admin = accounts.newOrganization(Role.ADMIN);
        Account hr = accounts.newColleague(admin, Role.HR);
        accounts.signIn(hr);
        programs.create(draft("Future leaders"));
        accounts.signIn(admin);
        users.remove(users.members().stream().filter(m -> m.userId().equals(hr.userId())).findFirst().orElseThrow());

        AuditEntry created = trail.list(new AuditFilter(DayRange.ALL, null, AuditArea.PROGRAMS, null), 0, 1).getFirst();
        assertThat(created.actorId()).isEqualTo(hr.userId());
        assertThat(trail.wording(Locale.ENGLISH).actor(created)).isEqualTo("Former user");
        assertThat(trail.wording(Locale.of("pl")).actor(created)).isEqualTo("Były użytkownik");
        assertThat(trail.actors()).extracting(AuditActor::userId).doesNotContain(hr.userId());
    }

    @Test
    void viewersCannotReadTheTrail() {
        Account hr = accounts.newOrganization(Role.HR);
        accounts.signIn(accounts.newColleague(hr, Role.VIEWER));
        assertThatThrownBy(() -> trail.list(AuditFilter.ALL, 0, 10)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> trail.exportCsv(AuditFilter.ALL, Locale.ENGLISH, new StringWriter()))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void everyOrganizationOwnedTableIsAuditedAndNamedInEnglishAndPolish() {
        List<String> unaudited = dsl.fetch("""
                select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid
                where c.relnamespace = 'ascent'::regnamespace and c.relkind = 'r' and a.attname = 'organization_id'
                  and not exists (select from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit_updates')
                order by 1""").getValues(0, String.class);
        assertThat(unaudited).as("a new table calls audit_changes_of(...) in its migration")
                .containsExactly("activity_library", "audit_event", "mail_message", "program_step_state");

        List<String> unnamed = new ArrayList<>();
        for (var column : dsl.fetch("""
                select c.relname, a.attname from pg_class c join pg_attribute a on a.attrelid = c.oid
                where exists (select from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit_updates')
                  and a.attnum > 0 and not a.attisdropped
                  and a.attname not in ('id', 'organization_id', 'version', 'updated_at', 'updated_by')""")) {
            String table = column.get(0, String.class);
            String field = column.get(1, String.class);
            for (Locale locale : AscentI18NProvider.LOCALES) {
                if (i18n.findTranslation("audit.entity." + table, locale).isEmpty() || AuditArea.of(table).isEmpty()) {
                    unnamed.add(table + " (" + locale + ")");
                }
                if (i18n.findTranslation("audit.field." + table + "." + field, locale)
                        .or(() -> i18n.findTranslation("audit.field." + field, locale)).isEmpty()) {
                    unnamed.add(table + "." + field + " (" + locale + ")");
                }
            }
        }
        assertThat(unnamed).as("records and fields without a name or a kind").isEmpty();
    }

    private static ProgramDraft draft(String name) {
        return new ProgramDraft(name, "", LocalDate.of(2027, 1, 11), "Maria Nowak");
    }

    private static PersonDraft person(String employeeId, String name, UUID managerId) {
        return new PersonDraft(employeeId, name, employeeId.toLowerCase() + "@example.com", "Sales", "Manager", 7,
                managerId, "Warsaw", null, null, null, List.of());
    }

    private static ObjectiveDraft objective(String title, Priority priority) {
        return new ObjectiveDraft(title, "Why it matters", null, priority, List.of());
    }
}
