package com.ascent.app.people;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.files.TextFile;
import com.ascent.app.organization.OrganizationSettings;
import com.ascent.app.organization.OrganizationSettingsService;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the people directory from a CSV file, checked and opened by
 * {@link com.ascent.app.files.TextFiles}: preview the first rows, map columns to fields,
 * check every row, then store all of them or none. People whose employee id is already in the
 * directory are updated, the others added; managers are named by employee id.
 *
 * <p>Checking and importing a large file takes seconds: call them from a background thread
 * that carries the user's organization and sign-in (see {@link BackgroundWork}).
 */
@Service
public class PeopleImportService {

    /** How many rows the preview shows. */
    public static final int PREVIEW_ROWS = 5;
    /** How many different values of a rating column are read to recognise its scale; scales have at most 10. */
    private static final int DISTINCT_RATINGS = 100;

    private final PersonBulkRepository bulk;
    private final PeopleWriter writer;
    private final OrganizationScope organization;
    private final OrganizationSettingsService organizationSettings;

    PeopleImportService(PersonBulkRepository bulk, PeopleWriter writer, OrganizationScope organization,
                        OrganizationSettingsService organizationSettings) {
        this.bulk = bulk;
        this.writer = writer;
        this.organization = organization;
        this.organizationSettings = organizationSettings;
    }

    /**
     * The header row, the first rows and the column mapping guessed from the headers, with the scale
     * of each rating column recognised from its values and a proposed mapping onto the 9-box scale.
     */
    @RolesAllowed("HR")
    public CsvPreview preview(TextFile file) {
        CsvPreview start = PeopleCsv.preview(file, PREVIEW_ROWS);
        ColumnMapping mapping = start.suggestedMapping();
        for (PersonField field : PersonField.values()) {
            if (field.rating() && mapping.maps(field)) {
                mapping = mapping.withRatingScale(field, ratingScale(file, mapping.column(field).orElseThrow(), field));
            }
        }
        return new CsvPreview(start.headers(), start.firstRows(), mapping);
    }

    /**
     * The scale of the {@code field} ratings in {@code column} of {@code file} (1-3, 1-4, 1-5, 1-10, or
     * words such as low / medium / high; when the values fit several, the organization's 9-box scale
     * of that field) and the mapping onto the 9-box scale proposed for it.
     */
    @RolesAllowed("HR")
    public RatingMapping ratingScale(TextFile file, int column, PersonField field) {
        OrganizationSettings settings = organizationSettings.current();
        RatingScale organizationScale = RatingScale.oneTo(field == PersonField.PERFORMANCE
                ? settings.performanceScale() : settings.potentialScale());
        return RatingMapping.proposed(RatingScale.detect(PeopleCsv.distinctValues(file, column, DISTINCT_RATINGS),
                organizationScale));
    }

    /** Checks every row of {@code file} read through {@code mapping}; stores nothing. */
    @Transactional(readOnly = true)
    @RolesAllowed("HR")
    public ImportCheck check(TextFile file, ColumnMapping mapping, ImportProgress progress) {
        return ImportValidator.check(PeopleCsv.read(file), mapping, bulk.snapshot(organization.require()), progress)
                .check();
    }

    /**
     * Checks {@code file} again and stores every row in one transaction.
     *
     * @return the check of the file that was imported: how many people were added and updated
     * @throws ImportRejectedException when any row has a problem; then nothing is stored
     */
    @Transactional
    @RolesAllowed("HR")
    public ImportCheck importPeople(TextFile file, ColumnMapping mapping, ImportProgress progress) {
        UUID organizationId = organization.require();
        bulk.lockForBulkWrite(organizationId);
        DirectorySnapshot directory = bulk.snapshot(organizationId);
        ImportValidator.Result result = ImportValidator.check(PeopleCsv.read(file), mapping, directory, progress);
        if (!result.check().importable()) {
            throw new ImportRejectedException(result.check());
        }
        int total = result.rows().size();
        writer.write(organizationId, result.rows(), directory, mapping.columns().keySet(), false,
                saved -> progress.update(ImportProgress.Stage.SAVING, saved, total));
        return result.check();
    }

    /** A small CSV file with every column the import understands and a few example people. */
    @RolesAllowed("HR")
    public String sampleFile() {
        return PeopleCsv.sampleFile();
    }
}
