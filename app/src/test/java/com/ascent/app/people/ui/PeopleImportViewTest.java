package com.ascent.app.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.files.TextEncoding;
import com.ascent.app.files.TextFilesTest;
import com.ascent.app.files.UploadSettings;
import com.ascent.app.files.Uploads;
import com.ascent.app.people.BackgroundWork;
import com.ascent.app.people.PeopleDirectory;
import com.ascent.app.people.PeopleImportService;
import com.ascent.app.people.PersonField;
import com.ascent.app.people.RatingScale;
import com.ascent.app.security.Role;
import com.ascent.app.support.BrowserlessViewTest;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.unit.DataSize;

class PeopleImportViewTest extends BrowserlessViewTest {

    static final String GOOD = """
            Employee ID,Name,E-mail,Department,Job title,Level,Manager,Location
            E1,Maria Nowak,maria@example.com,Finance,CFO,16,,Berlin
            E2,Ana Silva,ana.silva@example.com,Finance,Analyst,7,E1,Lisbon
            E3,Lea Fischer,lea@example.com,Marketing,Specialist,6,E1,Berlin
            """;

    @Autowired
    PeopleDirectory directory;

    @BeforeEach
    void openTheImportScreen() {
        accounts.signIn(accounts.newOrganization(Role.HR));
        navigate(PeopleImportView.class);
    }

    @Test
    void aGoodFileIsPreviewedCheckedAndImported() {
        upload(GOOD);

        assertThat(shown(Span.class, "people-import-file").getText()).isEqualTo("File: people.csv");
        assertThat(test(preview()).size()).isEqualTo(3);
        assertThat(test(preview()).getCellText(1, PersonField.EMAIL.ordinal())).isEqualTo("ana.silva@example.com");
        assertThat(columnFor("Function *").getValue()).as("'Department' is the function").isEqualTo(3);
        awaitUntil(() -> isShown(Button.class, "people-import-start"));
        assertThat(shown(Paragraph.class, "people-import-verdict").getText())
                .isEqualTo("3 rows are ready to import: 3 new people and 0 updated.");

        test(shown(Button.class, "people-import-start")).click();

        awaitUntil(() -> isShown(Paragraph.class, "people-import-done"));
        assertThat(shown(Paragraph.class, "people-import-done").getText())
                .isEqualTo("Import finished: 3 people added and 0 updated.");
        assertThat(directory.count(PeopleQuery.all())).isEqualTo(3);

        test(shown(Button.class, "people-import-open-list")).click();
        assertThat(getCurrentView()).isInstanceOf(PeopleView.class);
        assertThat(test(findInView(Grid.class).single()).size()).isEqualTo(3);
    }

    @Test
    void aBadFileNamesItsLinesAndStoresNothing() {
        upload(GOOD.replace("ana.silva@example.com", "ana@").replace(",7,E1,", ",seven,E1,"));

        awaitUntil(() -> isShown(Paragraph.class, "people-import-verdict"));
        assertThat(shown(Paragraph.class, "people-import-verdict").getText())
                .startsWith("This file cannot be imported yet: 2 problems.");
        assertThat(problems()).containsExactly(
                "Line 3, E-mail: “ana@” is not a valid e-mail address.",
                "Line 3, Level: “seven” is not a level from 1 to 20.");
        assertThat(isShown(Button.class, "people-import-start")).isFalse();
        assertThat(directory.count(PeopleQuery.all())).isZero();
    }

    @Test
    void changingTheMappingChecksTheFileAgain() {
        upload(GOOD.replace("Department", "Division"));
        awaitUntil(() -> isShown(Paragraph.class, "people-import-verdict"));
        assertThat(problems())
                .containsExactly("Line 1, Function: no column of the file is chosen for this required field.");

        test(columnFor("Function *")).selectItem("Division");

        awaitUntil(() -> isShown(Button.class, "people-import-start"));
        assertThat(test(preview()).getCellText(0, PersonField.FUNCTION.ordinal())).isEqualTo("Finance");
    }

    static final String RATED_ONE_TO_FIVE = """
            Employee ID,Name,E-mail,Department,Job title,Level,Manager,Location,Performance
            E1,Maria Nowak,maria@example.com,Finance,CFO,16,,Berlin,5
            E2,Ana Silva,ana.silva@example.com,Finance,Analyst,7,E1,Lisbon,4
            E3,Lea Fischer,lea@example.com,Marketing,Specialist,6,E1,Berlin,2
            """;

    /** The screen's language, the 9-box rating "moderate" as offered, and the problem of a value off the scale. */
    static Stream<Arguments> ratingScaleTexts() {
        return Stream.of(Arguments.of(Locale.ENGLISH, "2 · Moderate", "Line 5, Performance: “six” is not on the scale "
                + "1-5 chosen for this column; choose another scale under Rating scales, or correct the value."),
                Arguments.of(Locale.forLanguageTag("pl-PL"), "2 · Średni", "Wiersz 5, Wyniki: „six” nie należy do "
                        + "skali 1-5 wybranej dla tej kolumny; wybierz inną skalę w sekcji Skale ocen lub popraw wartość."));
    }

    @ParameterizedTest
    @MethodSource("ratingScaleTexts")
    @SuppressWarnings("unchecked")
    void aFileRatedOneToFiveIsMappedOntoTheNineBoxScaleAsHrChooses(Locale locale, String moderate, String offScale) {
        UI.getCurrent().setLocale(locale);
        navigate(PeopleImportView.class);
        upload(RATED_ONE_TO_FIVE);
        awaitUntil(() -> isShown(Button.class, "people-import-start"));

        Select<RatingScale> scale = shown(Select.class, "people-import-scale-performance");
        assertThat(scale.getValue()).isEqualTo(RatingScale.ONE_TO_FIVE);
        Select<Integer> four = shown(Select.class, "people-import-scale-performance-3");
        assertThat(four.getValue()).as("4 of 5 is proposed as high").isEqualTo(3);
        test(four).selectItem(moderate);
        awaitUntil(() -> isShown(Button.class, "people-import-start"));
        test(shown(Button.class, "people-import-start")).click();
        awaitUntil(() -> isShown(Paragraph.class, "people-import-done"));

        assertThat(List.of("E1", "E2", "E3")).extracting(id -> person(id).performance()).containsExactly(3, 2, 1);

        navigate(PeopleImportView.class);
        upload(RATED_ONE_TO_FIVE + "E4,Tom Baker,tom@example.com,Sales,Clerk,4,E1,London,six\n");
        awaitUntil(() -> isShown(Paragraph.class, "people-import-verdict") && !problems().isEmpty());
        assertThat(problems()).containsExactly(offScale);
    }

    // --- Hostile and foreign files (issue 19) ----------------------------------------------------

    @Test
    void aPngRenamedCsvGetsAClearVerdictAtOnceAndItsFileIsRemoved() throws IOException {
        long before = temporaryUploads();
        test(findInView(Upload.class).single()).upload("people.csv", "text/csv", TextFilesTest.PNG);

        assertThat(shown(Paragraph.class, "people-import-verdict").getText()).isEqualTo("This file cannot be imported. "
                + "This is an image, not a CSV file. Save your list as CSV (comma-separated values) and upload that.");
        assertThat(isShown(Button.class, "people-import-start")).isFalse();
        assertThat(isShown(Select.class, "people-import-encoding")).as("no encoding reads an image").isFalse();
        assertThat(isShown(Grid.class, "people-import-preview")).isFalse();
        navigate(PeopleView.class);
        assertThat(temporaryUploads()).as("the uploaded file is deleted").isEqualTo(before);
    }

    @Test
    void aNulByteIsNamedWithItsLine() {
        upload(GOOD.replace("Ana Silva", "Ana\u0000Silva"));

        assertThat(shown(Paragraph.class, "people-import-verdict").getText()).startsWith(
                "This file cannot be imported. Line 3: this line contains a NUL character");
        assertThat(isShown(Select.class, "people-import-encoding")).isTrue();
    }

    @Test
    void aFileOverTheLimitIsRefusedAtOnceAndNothingIsLeftBehind(@Autowired PeopleImportService imports,
                                                               @Autowired BackgroundWork background) throws IOException {
        PeopleImportView limited = new PeopleImportView(imports, background,
                new Uploads(new UploadSettings(DataSize.ofKilobytes(1))));
        UI.getCurrent().add(limited);
        Upload upload = limited.getChildren().filter(Upload.class::isInstance).map(Upload.class::cast)
                .findFirst().orElseThrow();
        assertThat(upload.getMaxFileSize()).as("the browser refuses it before sending").isEqualTo(1024);
        long before = temporaryUploads();

        test(upload).upload("people.csv", "text/csv", (GOOD + "E9,x,x@example.com,x,x,1,,x\n".repeat(40))
                .getBytes(StandardCharsets.UTF_8));

        Paragraph refusal = limited.getChildren().filter(c -> c.getId().orElse("").equals("people-import-refused"))
                .map(Paragraph.class::cast).findFirst().orElseThrow();
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).isEqualTo(
                "This file is too large: Ascent takes files of at most 1 KB. Split it into smaller files.");
        assertThat(temporaryUploads()).as("no partial file is left").isEqualTo(before);
    }

    @Test
    void theEncodingChoiceReadsThePreviewAgain() {
        byte[] polish = """
                Employee ID,Name,E-mail,Department,Job title,Level,Manager,Location
                E1,Anna Kamińska,anna@example.com,Finance,CFO,16,,Gdańsk
                """.getBytes(Charset.forName("windows-1250"));
        test(findInView(Upload.class).single()).upload("people.csv", "text/csv", polish);
        awaitUntil(() -> isShown(Button.class, "people-import-start"));
        Select<TextEncoding> encoding = encoding();
        assertThat(encoding.getValue()).as("nothing tells ń from ñ here").isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(encoding.getHelperText()).startsWith("Guessed");
        assertThat(test(preview()).getCellText(0, PersonField.FULL_NAME.ordinal())).isEqualTo("Anna Kamiñska");

        test(encoding).selectItem("Windows-1250");

        assertThat(test(preview()).getCellText(0, PersonField.FULL_NAME.ordinal())).isEqualTo("Anna Kamińska");
        awaitUntil(() -> isShown(Button.class, "people-import-start"));
        test(shown(Button.class, "people-import-start")).click();
        awaitUntil(() -> isShown(Paragraph.class, "people-import-done"));
        assertThat(person("E1").fullName()).isEqualTo("Anna Kamińska");
        assertThat(person("E1").location()).isEqualTo("Gdańsk");
    }

    @Test
    void utf16IsReadWithoutAnyChoice() {
        test(findInView(Upload.class).single()).upload("people.csv", "text/csv", GOOD.getBytes(StandardCharsets.UTF_16));

        awaitUntil(() -> isShown(Button.class, "people-import-start"));
        assertThat(encoding().getValue()).isEqualTo(TextEncoding.UTF_16);
        assertThat(encoding().getHelperText()).isEqualTo("Found in the file.");
    }

    @SuppressWarnings("unchecked")
    private Select<TextEncoding> encoding() {
        return shown(Select.class, "people-import-encoding");
    }

    private static long temporaryUploads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("ascent-upload-")).count();
        }
    }

    private Person person(String employeeId) {
        return directory.find(new PeopleQuery(employeeId, null, null, null), 0, 10).stream()
                .filter(p -> p.employeeId().equals(employeeId)).findFirst().orElseThrow();
    }

    private <T extends Component> T shown(Class<T> type, String id) {
        return findInView(type).withId(id).single();
    }

    private boolean isShown(Class<? extends Component> type, String id) {
        return findInView(type).withId(id).exists();
    }

    @SuppressWarnings("unchecked")
    private Grid<List<String>> preview() {
        return shown(Grid.class, "people-import-preview");
    }

    @SuppressWarnings("unchecked")
    private Select<Integer> columnFor(String label) {
        return findInView(Select.class).withLabel(label).single();
    }

    private List<String> problems() {
        return shown(UnorderedList.class, "people-import-problems").getChildren()
                .map(item -> ((ListItem) item).getText()).toList();
    }

    private void upload(String csv) {
        test(findInView(Upload.class).single()).upload("people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** Lets the background work report to the screen until {@code condition} holds. */
    private void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(() -> "waited 30 s for the screen, which shows: "
                    + findInView(Paragraph.class).all().stream().map(Paragraph::getText).toList()
                    + findInView(Span.class).all().stream().map(Span::getText).toList()).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            roundTrip();
        }
    }
}
