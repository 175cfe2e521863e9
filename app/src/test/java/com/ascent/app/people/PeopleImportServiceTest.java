package com.ascent.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.ascent.app.files.TextFile;
import com.ascent.app.files.TextFiles;
import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PeopleImportServiceTest {

    static final String HEADER = "employee_id,name,email,function,title,level,manager_employee_id,location,hire_date,"
            + "performance,potential,skills";

    @Autowired
    PeopleImportService imports;
    @Autowired
    PeopleDirectory directory;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OrganizationSettingsService organizationSettings;
    @TempDir
    Path folder;

    @BeforeEach
    void signIn() {
        accounts.signIn(accounts.newOrganization(Role.HR));
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void theSampleFileIsRecognisedAndImports() throws IOException {
        Path file = write(imports.sampleFile());

        CsvPreview preview = imports.preview(TextFiles.open(file, null));
        assertThat(preview.suggestedMapping().columns()).hasSize(PersonField.values().length);
        assertThat(preview.firstRows()).hasSize(PeopleImportService.PREVIEW_ROWS);
        ImportCheck check = imports.check(TextFiles.open(file, null), preview.suggestedMapping(), ImportProgress.NONE);
        assertThat(check.problems()).isEmpty();
        assertThat(check.newPeople()).isEqualTo(5);

        imports.importPeople(TextFiles.open(file, null), preview.suggestedMapping(), ImportProgress.NONE);

        assertThat(directory.count(PeopleQuery.all())).isEqualTo(5);
        Person ana = person("E1003");
        assertThat(ana.managerId()).isEqualTo(person("E1002").id());
        assertThat(ana.skills()).containsExactly("Financial modelling", "Excel");
        assertThat(ana.performance()).isEqualTo(2);
        assertThat(ana.potential()).isEqualTo(3);
        assertThat(person("E1005").performance()).isNull();
    }

    @Test
    void aFileWithOneBadRowIsRefusedWithItsLineAndNothingIsStored() throws IOException {
        Path file = write(HEADER + """

                E1,Maria Nowak,maria@example.com,Finance,CFO,16,,Berlin,2015-01-01,3,2,Forecasting
                E2,Ana Silva,ana.silva@example.com,Finance,Analyst,7,E1,Lisbon,2021-03-15,2,3,Excel
                E3,Lea Fischer,lea@,Marketing,Specialist,6,E1,Berlin,,,,
                E4,Tom Baker,tom@example.com,Sales,Account Executive,5,E1,London,,,,
                """);
        ColumnMapping mapping = imports.preview(TextFiles.open(file, null)).suggestedMapping();

        ImportCheck check = imports.check(TextFiles.open(file, null), mapping, ImportProgress.NONE);

        assertThat(check.importable()).isFalse();
        assertThat(check.problems()).containsExactly(
                new ImportProblem(4, PersonField.EMAIL, "people.import.error.email", List.of("lea@")));
        assertThatThrownBy(() -> imports.importPeople(TextFiles.open(file, null), mapping, ImportProgress.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.check().problems()).extracting(ImportProblem::line).containsExactly(4L));
        assertThat(directory.count(PeopleQuery.all())).as("nothing stored").isZero();
    }

    @Test
    void everyBadValueIsNamedWithItsLineAndField() throws IOException {
        Path file = write(HEADER + """

                E1,Maria Nowak,maria@example.com,Finance,CFO,21,,Berlin,2015-13-01,excellent,high,
                E2,,ana.silva@example.com,Finance,Analyst,seven,E9,Lisbon,15.03.2021,2,3,
                E1,Lea Fischer,lea@example.com,Marketing,Specialist,6,,Berlin,,,,
                E5,Tom Baker,tom@example.com,Sales,Account Executive,5,E5,London,,,,
                """);
        ImportCheck check = imports.check(TextFiles.open(file, null), imports.preview(TextFiles.open(file, null)).suggestedMapping(), ImportProgress.NONE);

        assertThat(check.problems()).extracting(ImportProblem::line, ImportProblem::field, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple(2L, PersonField.LEVEL, "people.import.error.level"),
                        tuple(2L, PersonField.HIRE_DATE, "people.import.error.date"),
                        tuple(2L, PersonField.PERFORMANCE, "people.import.error.ratingScale"),
                        tuple(3L, PersonField.FULL_NAME, "people.import.error.required"),
                        tuple(3L, PersonField.LEVEL, "people.import.error.level"),
                        tuple(4L, PersonField.EMPLOYEE_ID, "people.import.error.duplicate"),
                        tuple(5L, PersonField.MANAGER, "people.import.error.managerSelf"));
        assertThat(check.problemCount()).isEqualTo(7);
    }

    @Test
    void columnsAreFoundByTheirUsualNamesAndCanBeRemapped() throws IOException {
        Path file = write("""
                Staff Number;Full Name;Work E-mail;Division;Job Title;Grade;Reports To;Office
                7001;Maria Nowak;maria@example.com;Finance;CFO;16;;Berlin
                7002;Ana Silva;ana@example.com;Finance;Analyst;7;7001;Lisbon
                """);
        CsvPreview preview = imports.preview(TextFiles.open(file, null));
        assertThat(preview.headers()).hasSize(8);
        ColumnMapping detected = preview.suggestedMapping();
        assertThat(detected.column(PersonField.EMPLOYEE_ID)).contains(0);
        assertThat(detected.column(PersonField.EMAIL)).contains(2);
        assertThat(detected.column(PersonField.LEVEL)).contains(5);
        assertThat(detected.column(PersonField.MANAGER)).contains(6);
        assertThat(detected.maps(PersonField.FUNCTION)).as("'Division' is not a known name").isFalse();
        assertThat(imports.check(TextFiles.open(file, null), detected, ImportProgress.NONE).problems())
                .extracting(ImportProblem::field).containsExactly(PersonField.FUNCTION);

        ColumnMapping chosen = detected.with(PersonField.FUNCTION, Optional.of(3));
        imports.importPeople(TextFiles.open(file, null), chosen, ImportProgress.NONE);

        assertThat(person("7002").function()).isEqualTo("Finance");
        assertThat(person("7002").managerId()).isEqualTo(person("7001").id());
    }

    @Test
    void managersAreFoundFurtherDownTheFileOrInTheDirectory() throws IOException {
        Path first = write(HEADER + """

                E2,Ana Silva,ana@example.com,Finance,Analyst,7,E1,Lisbon,,,,
                E1,Maria Nowak,maria@example.com,Finance,CFO,16,,Berlin,,,,
                """);
        imports.importPeople(TextFiles.open(first, null), imports.preview(TextFiles.open(first, null)).suggestedMapping(), ImportProgress.NONE);
        assertThat(person("E2").managerId()).as("manager further down").isEqualTo(person("E1").id());

        Path second = write(HEADER + """

                E3,Lea Fischer,lea@example.com,Finance,Accountant,6,E1,Berlin,,,,
                E4,Tom Baker,tom@example.com,Sales,Account Executive,5,E77,London,,,,
                """);
        ImportCheck check = imports.check(TextFiles.open(second, null), imports.preview(TextFiles.open(second, null)).suggestedMapping(), ImportProgress.NONE);
        assertThat(check.problems()).containsExactly(
                new ImportProblem(3, PersonField.MANAGER, "people.import.error.managerUnknown", List.of("E77")));

        Path circle = write(HEADER + """

                E1,Maria Nowak,maria@example.com,Finance,CFO,16,E2,Berlin,,,,
                """);
        assertThat(imports.check(TextFiles.open(circle, null), imports.preview(TextFiles.open(circle, null)).suggestedMapping(), ImportProgress.NONE).problems())
                .as("Maria would report to Ana, who reports to Maria")
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.messageKey()).isEqualTo("people.import.error.managerCycle");
                    assertThat(p.arguments()).containsExactly("E1 → E2 → E1");
                });
    }

    @Test
    void peopleAlreadyInTheDirectoryAreUpdated() throws IOException {
        Path first = write(HEADER + """

                E1,Maria Nowak,maria@example.com,Finance,CFO,16,,Berlin,2015-01-01,3,2,Forecasting
                E2,Ana Silva,ana@example.com,Finance,Analyst,7,E1,Lisbon,2021-03-15,2,3,Excel
                """);
        imports.importPeople(TextFiles.open(first, null), imports.preview(TextFiles.open(first, null)).suggestedMapping(), ImportProgress.NONE);
        PersonEntry before = directory.entry(person("E2").id()).orElseThrow();

        Path second = write("""
                employee_id,name,email,function,title,level,location
                E2,Ana Silva,ana@example.com,Finance,Finance Manager,10,Lisbon
                E3,Lea Fischer,lea@example.com,Finance,Accountant,6,Berlin
                """);
        ColumnMapping mapping = imports.preview(TextFiles.open(second, null)).suggestedMapping();
        ImportCheck check = imports.check(TextFiles.open(second, null), mapping, ImportProgress.NONE);
        assertThat(check.newPeople()).isEqualTo(1);
        assertThat(check.updatedPeople()).isEqualTo(1);

        imports.importPeople(TextFiles.open(second, null), mapping, ImportProgress.NONE);

        PersonEntry after = directory.entry(before.person().id()).orElseThrow();
        assertThat(after.person().title()).isEqualTo("Finance Manager");
        assertThat(after.version()).isGreaterThan(before.version());
        assertThat(after.person().managerId()).as("columns not in the file stay").isEqualTo(person("E1").id());
        assertThat(after.person().skills()).containsExactly("Excel");
        assertThat(after.person().hireDate()).isEqualTo(before.person().hireDate());
        assertThat(directory.count(PeopleQuery.all())).isEqualTo(3);
    }

    @Test
    void spreadsheetFilesInWindows1252WithSemicolonsAreRead() throws IOException {
        Path file = folder.resolve("excel.csv");
        Files.writeString(file, """
                Employee ID;Name;E-mail;Department;Title;Level;Location
                E1;José Müller;jose@example.com;Finance;CFO;16;São Paulo
                """, Charset.forName("windows-1252"));
        imports.importPeople(TextFiles.open(file, null), imports.preview(TextFiles.open(file, null)).suggestedMapping(), ImportProgress.NONE);
        assertThat(person("E1").fullName()).isEqualTo("José Müller");
        assertThat(person("E1").location()).isEqualTo("São Paulo");
    }

    // --- Hostile and foreign files (issue 19) ----------------------------------------------------

    @Test
    void aWindows1250FileWithPolishNamesIsStoredAsWritten() throws IOException {
        Path file = folder.resolve("polish.csv");
        Files.writeString(file, HEADER + """

                E1,Zażółć Gęślą,zazolc@example.com,Finance,Główna księgowa,9,,Łódź,,,,Księgowość
                """, Charset.forName("windows-1250"));

        importAll(TextFiles.open(file, null));

        assertThat(person("E1").fullName()).isEqualTo("Zażółć Gęślą");
        assertThat(person("E1").location()).isEqualTo("Łódź");
        assertThat(person("E1").title()).isEqualTo("Główna księgowa");
    }

    @Test
    void utf16FilesWithAndWithoutAByteOrderMarkAreRead() throws IOException {
        String content = HEADER + """

                E1,Zażółć Gęślą,zazolc@example.com,Finance,CFO,9,,Łódź,,,,
                """;
        Path withMark = folder.resolve("unicode.csv");
        Files.writeString(withMark, content, StandardCharsets.UTF_16);
        Path withoutMark = folder.resolve("unicode-no-bom.csv");
        Files.writeString(withoutMark, content.replace("E1,", "E2,"), StandardCharsets.UTF_16LE);

        for (Path file : List.of(withMark, withoutMark)) {
            CsvPreview preview = imports.preview(TextFiles.open(file, null));
            assertThat(preview.suggestedMapping().missingRequired()).as("columns recognised").isEmpty();
            importAll(TextFiles.open(file, null));
        }
        assertThat(person("E1").fullName()).isEqualTo("Zażółć Gęślą");
        assertThat(person("E2").location()).isEqualTo("Łódź");
    }

    @Test
    void aHundredThousandCharacterNameIsRefusedWithItsLineNotCut() throws IOException {
        Path file = write(HEADER + "\n" + "E1,Maria Nowak,maria@example.com,Finance,CFO,16,,Berlin,,,,\n"
                + "E2," + "A".repeat(100_000) + ",ana@example.com,Finance,Analyst,7,E1,Lisbon,,,,\n");

        ImportCheck check = check(file);

        assertThat(check.problems()).containsExactly(new ImportProblem(3, PersonField.FULL_NAME,
                "people.import.error.tooLong", List.of("100000", "200")));
        assertThat(directory.count(PeopleQuery.all())).isZero();
    }

    @Test
    void rightToLeftOverrideAndControlCharactersAreRemovedOnImport() throws IOException {
        Path file = write(HEADER + "\n" + "E1,\u202EAnna\u202C Nowak\u2066,anna@example.com,Fin\u0007ance,CFO,16,,"
                + "\u200FBerlin,,,,Excel; \u202ENegotiation\n");

        importAll(TextFiles.open(file, null));

        Person anna = person("E1");
        assertThat(anna.fullName()).isEqualTo("Anna Nowak");
        assertThat(anna.function()).isEqualTo("Finance");
        assertThat(anna.location()).isEqualTo("Berlin");
        assertThat(anna.skills()).containsExactly("Excel", "Negotiation");
    }

    private ImportCheck check(Path file) {
        TextFile text = TextFiles.open(file, null);
        return imports.check(text, imports.preview(text).suggestedMapping(), ImportProgress.NONE);
    }

    private void importAll(TextFile file) {
        imports.importPeople(file, imports.preview(file).suggestedMapping(), ImportProgress.NONE);
    }

    // --- Rating scales ----------------------------------------------------------------------------

    @Test
    void performanceRatedOneToFiveIsRecognisedProposedAsLowModerateHighAndImportedWithoutRefusal() throws IOException {
        Path file = write(HEADER + """

                E1,Maria Nowak,maria@example.com,Finance,CFO,16,,Berlin,,5,3,
                E2,Ana Silva,ana@example.com,Finance,Analyst,7,E1,Lisbon,,4,2,
                E3,Lea Fischer,lea@example.com,Finance,Accountant,6,E1,Berlin,,3,1,
                E4,Tom Baker,tom@example.com,Finance,Controller,6,E1,Berlin,,2,,
                E5,Eva Lind,eva@example.com,Finance,Clerk,4,E1,Berlin,,1,,
                """);
        ColumnMapping mapping = imports.preview(TextFiles.open(file, null)).suggestedMapping();

        assertThat(mapping.ratingScale(PersonField.PERFORMANCE).scale()).isEqualTo(RatingScale.ONE_TO_FIVE);
        assertThat(mapping.ratingScale(PersonField.PERFORMANCE).ratings()).as("1-2 low, 3 moderate, 4-5 high")
                .containsExactly(1, 1, 2, 3, 3);
        assertThat(mapping.ratingScale(PersonField.POTENTIAL).scale()).isEqualTo(RatingScale.NINE_BOX);
        assertThat(imports.check(TextFiles.open(file, null), mapping, ImportProgress.NONE).problems()).isEmpty();

        ColumnMapping fourIsModerate = mapping.withRatingScale(PersonField.PERFORMANCE,
                mapping.ratingScale(PersonField.PERFORMANCE).with(3, 2));
        imports.importPeople(TextFiles.open(file, null), fourIsModerate, ImportProgress.NONE);

        assertThat(List.of("E1", "E2", "E3", "E4", "E5")).extracting(id -> person(id).performance())
                .as("HR chose 4 as moderate").containsExactly(3, 2, 2, 1, 1);
        assertThat(person("E1").potential()).isEqualTo(3);
    }

    @Test
    void aValueOffTheRecognisedScaleIsRefusedWithItsLine() throws IOException {
        Path file = write(HEADER + """

                E1,Maria Nowak,maria@example.com,Finance,CFO,16,,Berlin,,5,,
                E2,Ana Silva,ana@example.com,Finance,Analyst,7,E1,Lisbon,,4,,
                E3,Lea Fischer,lea@example.com,Finance,Accountant,6,E1,Berlin,,0,,
                E4,Tom Baker,tom@example.com,Finance,Controller,6,E1,Berlin,,3.5,,
                """);
        ColumnMapping mapping = imports.preview(TextFiles.open(file, null)).suggestedMapping();

        assertThat(mapping.ratingScale(PersonField.PERFORMANCE).scale()).isEqualTo(RatingScale.ONE_TO_FIVE);
        assertThat(imports.check(TextFiles.open(file, null), mapping, ImportProgress.NONE).problems()).containsExactly(
                new ImportProblem(4, PersonField.PERFORMANCE, "people.import.error.ratingScale", List.of("0", "1-5")),
                new ImportProblem(5, PersonField.PERFORMANCE, "people.import.error.ratingScale", List.of("3.5", "1-5")));
    }

    @Test
    void ratingsThatFitSeveralScalesAreReadOnTheOrganizationsNineBoxScale() throws IOException {
        accounts.signIn(accounts.newOrganization(Role.ADMIN));
        OrganizationSettings settings = organizationSettings.current();
        organizationSettings.save(new OrganizationSettings(settings.currency(), settings.timeZone(),
                settings.formatLocale(), settings.workingWeek(), settings.defaultLanguage(), settings.weekStart(),
                5, 4, settings.feedbackAnonymityThreshold(), settings.version()));
        Path file = write(HEADER + """

                E1,Maria Nowak,maria@example.com,Finance,CFO,16,,Berlin,,3,1,
                E2,Ana Silva,ana@example.com,Finance,Analyst,7,E1,Lisbon,,2,2,
                E3,Lea Fischer,lea@example.com,Finance,Accountant,6,E1,Berlin,,1,3,
                """);

        ColumnMapping mapping = imports.preview(TextFiles.open(file, null)).suggestedMapping();

        assertThat(mapping.ratingScale(PersonField.PERFORMANCE).scale()).isEqualTo(RatingScale.ONE_TO_FIVE);
        assertThat(mapping.ratingScale(PersonField.POTENTIAL).scale()).isEqualTo(RatingScale.ONE_TO_FOUR);
    }

    @Test
    void scalesInWordsAreRecognisedWhateverTheirCase() {
        assertThat(RatingScale.detect(List.of("Low", "MEDIUM", "high"), RatingScale.NINE_BOX)).isEqualTo(RatingScale.NINE_BOX);
        assertThat(RatingScale.detect(List.of("Below expectations", "Meets", "EXCEEDS"), RatingScale.NINE_BOX))
                .isEqualTo(RatingScale.BELOW_MEETS_EXCEEDS);
        assertThat(RatingScale.detect(List.of("niski", "Średni", "WYSOKI"), RatingScale.NINE_BOX)).isEqualTo(RatingScale.NISKI_SREDNI_WYSOKI);
        assertThat(RatingScale.detect(List.of("1", "2", "3"), RatingScale.NINE_BOX)).isEqualTo(RatingScale.NINE_BOX);
        assertThat(RatingScale.detect(List.of("1", "4"), RatingScale.NINE_BOX)).isEqualTo(RatingScale.ONE_TO_FOUR);
        assertThat(RatingScale.detect(List.of("2", "07", "10"), RatingScale.NINE_BOX)).isEqualTo(RatingScale.ONE_TO_TEN);
        assertThat(RatingMapping.proposed(RatingScale.ONE_TO_FOUR).ratings()).containsExactly(1, 2, 2, 3);
        assertThat(RatingMapping.proposed(RatingScale.ONE_TO_TEN).ratings())
                .containsExactly(1, 1, 1, 2, 2, 2, 2, 3, 3, 3);
        assertThat(RatingMapping.proposed(RatingScale.BELOW_MEETS_EXCEEDS).rating("Meets Expectations")).contains(2);
    }

    /**
     * An export as an HRIS writes it on Windows: its own column names, semicolons, every field quoted
     * (one holding a semicolon), CRLF line ends, Windows-1252, dotted dates, and ratings in words.
     */
    @Test
    void aWindowsHrisExportWithItsOwnColumnNamesAndWordRatingsImports() throws IOException {
        Path file = folder.resolve("hris-export.csv");
        Files.writeString(file, String.join("\r\n",
                "\"Personnel Number\";\"Employee Name\";\"E-mail Address\";\"Department\";\"Position\";\"Job Level\";"
                        + "\"Line Manager\";\"Site\";\"Date of Hire\";\"Performance Score\";\"Potential Rating\";\"Competencies\"",
                "\"00417\";\"Zoë Kowalczyk\";\"zoe@example.com\";\"Finance\";\"Controller\";\"9\";\"\";\"Kraków\";"
                        + "\"01.09.2019\";\"Exceeds expectations\";\"High\";\"Forecasting; Negotiation\"",
                "\"00418\";\"Ana Silva\";\"ana@example.com\";\"Finance\";\"Analyst\";\"7\";\"00417\";\"Lisbon\";"
                        + "\"15.03.2021\";\"Meets expectations\";\"medium\";\"Excel\"",
                "\"00419\";\"Tom Baker\";\"tom@example.com\";\"Finance\";\"Clerk\";\"4\";\"00417\";\"Lisbon\";"
                        + "\"02.01.2023\";\"Below expectations\";\"low\";\"\"") + "\r\n", Charset.forName("windows-1252"));

        CsvPreview preview = imports.preview(TextFiles.open(file, null));
        ColumnMapping mapping = preview.suggestedMapping();
        assertThat(mapping.missingRequired()).isEmpty();
        assertThat(mapping.ratingScale(PersonField.PERFORMANCE).scale()).isEqualTo(RatingScale.BELOW_MEETS_EXCEEDS);
        imports.importPeople(TextFiles.open(file, null), mapping, ImportProgress.NONE);

        Person zoe = person("00417");
        assertThat(zoe.fullName()).isEqualTo("Zoë Kowalczyk");
        assertThat(zoe.location()).isEqualTo("Kraków");
        assertThat(zoe.skills()).containsExactly("Forecasting", "Negotiation");
        assertThat(zoe.hireDate()).isEqualTo(java.time.LocalDate.of(2019, 9, 1));
        assertThat(List.of("00417", "00418", "00419")).extracting(id -> person(id).performance())
                .containsExactly(3, 2, 1);
        assertThat(List.of("00417", "00418", "00419")).extracting(id -> person(id).potential())
                .containsExactly(3, 2, 1);
        assertThat(person("00418").managerId()).isEqualTo(zoe.id());
    }

    @Test
    void tenThousandRowsImportInOneGo() throws IOException {
        int rows = 10_000;
        Path file = write(generatedFile(rows));
        ColumnMapping mapping = imports.preview(TextFiles.open(file, null)).suggestedMapping();
        AtomicInteger lastSaved = new AtomicInteger();
        List<ImportProgress.Stage> stages = new ArrayList<>();

        ImportCheck imported = imports.importPeople(TextFiles.open(file, null), mapping, (stage, done, total) -> {
            if (stages.isEmpty() || stages.getLast() != stage) {
                stages.add(stage);
            }
            if (stage == ImportProgress.Stage.SAVING) {
                lastSaved.set(done);
                assertThat(total).isEqualTo(rows);
            }
        });

        assertThat(imported.newPeople()).isEqualTo(rows);
        assertThat(directory.count(PeopleQuery.all())).isEqualTo(rows);
        assertThat(stages).containsExactly(ImportProgress.Stage.CHECKING, ImportProgress.Stage.SAVING);
        assertThat(lastSaved).hasValue(rows);
        assertThat(person("P09999").managerId()).isEqualTo(person("P00999").id());
        assertThat(person("P00001").managerId()).as("manager further down the file").isEqualTo(person("P10000").id());
    }

    /** Person i reports to person i/10; person 1 reports to the last person, who is the top. */
    static String generatedFile(int rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            String manager = i == rows ? "" : i == 1 ? id(rows) : id(Math.max(1, i / 10));
            csv.append(id(i)).append(",Person ").append(i).append(",person").append(i).append("@example.com,")
                    .append(List.of("Finance", "Sales", "Engineering", "HR").get(i % 4)).append(",Specialist,")
                    .append(1 + i % 20).append(',').append(manager).append(",Berlin,2020-01-01,")
                    .append(1 + i % 3).append(',').append(1 + i / 3 % 3).append(",\"Excel; Negotiation\"\n");
        }
        return csv.toString();
    }

    private static String id(int i) {
        return "P%05d".formatted(i);
    }

    private Person person(String employeeId) {
        return directory.find(new PeopleQuery(employeeId, null, null, null), 0, 10).stream()
                .filter(p -> p.employeeId().equals(employeeId)).findFirst().orElseThrow();
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(folder, "people", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
