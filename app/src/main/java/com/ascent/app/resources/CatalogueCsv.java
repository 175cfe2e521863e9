package com.ascent.app.resources;

import com.ascent.app.files.TextFiles;
import com.ascent.app.files.UnreadableFileException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.support.CatalogueImportException;
import com.ascent.plugin.api.support.ImportProblem;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a catalogue from CSV into validated drafts, or refuses the whole file with every problem
 * it has (line and column), as message keys of the {@code resources} bundle.
 */
final class CatalogueCsv {

    static final List<String> COLUMNS = List.of("type", "title", "provider", "link", "language", "format", "duration",
            "starts_on", "ends_on", "repeats_on", "location", "capacity", "cost_per_participant", "capabilities");
    private static final List<String> REQUIRED_COLUMNS = List.of("type", "title");
    /** Where a draft's field comes from in the file, to name the column of a broken rule. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("title", "title", "link", "link",
            "endsOn", "ends_on", "repeatsOn", "repeats_on", "capacity", "capacity", "costPerParticipant",
            "cost_per_participant");
    static final int MAX_LINES = 5000;

    private CatalogueCsv() {
    }

    /** The drafts of the file in order; throws {@link CatalogueImportException} (with keys) if anything is wrong. */
    static List<ResourceDraft> read(byte[] csv) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ResourceDraft> drafts = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().skipEmptyLines(true)
                .allowMissingFields(true).allowExtraFields(true)
                .ofNamedCsvRecord(TextFiles.text(csv))) {
            boolean headerChecked = false;
            for (NamedCsvRecord record : reader) {
                if (!headerChecked) {
                    headerChecked = true;
                    if (!missingColumns(record.getHeader(), problems)) {
                        break;
                    }
                }
                if (drafts.size() + 1 > MAX_LINES) {
                    problems.add(new ImportProblem((int) record.getStartingLineNumber(), "", "resources.import.tooLong"));
                    break;
                }
                ResourceDraft draft = draft(record, problems);
                if (draft != null) {
                    drafts.add(draft);
                }
            }
            if (!headerChecked && problems.isEmpty()) {
                problems.add(new ImportProblem(1, "", "resources.import.empty"));
            }
        } catch (CsvParseException e) {
            problems.add(new ImportProblem(drafts.size() + 2, "", "resources.import.unreadable"));
        } catch (UnreadableFileException e) {
            problems.add(new ImportProblem((int) e.line(), "", e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new CatalogueImportException(problems);
        }
        return drafts;
    }

    /** Adds a problem for each required column the header lacks; true when all are there. */
    private static boolean missingColumns(List<String> header, List<ImportProblem> problems) {
        List<String> names = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !names.contains(c)).toList();
        missing.forEach(column -> problems.add(new ImportProblem(1, column, "resources.import.missingColumn")));
        return missing.isEmpty();
    }

    private static @Nullable ResourceDraft draft(NamedCsvRecord record, List<ImportProblem> problems) {
        int line = (int) record.getStartingLineNumber();
        int before = problems.size();
        Map<String, String> fields = new HashMap<>();
        record.getFieldsAsMap().forEach((name, value) -> fields.put(name.strip().toLowerCase(Locale.ROOT), value.strip()));
        ResourceType type = null;
        String typeText = fields.getOrDefault("type", "");
        if (typeText.isEmpty()) {
            problems.add(new ImportProblem(line, "type", "resources.import.typeRequired"));
        } else {
            try {
                type = ResourceType.valueOf(typeText.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(line, "type", "resources.import.unknownType"));
            }
        }
        LocalDate startsOn = date(fields, "starts_on", line, problems);
        LocalDate endsOn = date(fields, "ends_on", line, problems);
        List<LocalDate> repeatsOn = dates(fields, "repeats_on", line, problems);
        Integer capacity = null;
        String capacityText = fields.getOrDefault("capacity", "");
        if (!capacityText.isEmpty()) {
            try {
                capacity = Integer.valueOf(capacityText);
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(line, "capacity", "resources.import.notAWholeNumber"));
            }
        }
        BigDecimal cost = BigDecimal.ZERO;
        String costText = fields.getOrDefault("cost_per_participant", "");
        if (!costText.isEmpty()) {
            try {
                cost = new BigDecimal(costText);
            } catch (NumberFormatException e) {
                problems.add(new ImportProblem(line, "cost_per_participant", "resources.import.notANumber"));
            }
        }
        if (type == null || problems.size() > before) {
            return null;
        }
        ResourceDraft draft;
        try {
            draft = ResourceRules.normalize(new ResourceDraft(type, fields.getOrDefault("title", ""),
                    fields.getOrDefault("provider", ""), fields.get("link"), fields.get("language"), fields.get("format"),
                    fields.get("duration"), startsOn, endsOn, repeatsOn, fields.get("location"), capacity, cost,
                    Arrays.asList(fields.getOrDefault("capabilities", "").split(";"))));
        } catch (InvalidInputException tooLong) {
            problems.add(new ImportProblem(line, COLUMN_OF_FIELD.getOrDefault(tooLong.field(), tooLong.field()),
                    tooLong.getMessage()));
            return null;
        }
        ResourceRules.violations(draft).forEach(v ->
                problems.add(new ImportProblem(line, COLUMN_OF_FIELD.getOrDefault(v.field(), v.field()), v.messageKey())));
        return problems.size() > before ? null : draft;
    }

    private static @Nullable LocalDate date(Map<String, String> fields, String column, int line,
                                            List<ImportProblem> problems) {
        String text = fields.getOrDefault(column, "");
        return text.isEmpty() ? null : parse(text, column, line, problems);
    }

    /** Dates separated by {@code ;}, e.g. the further dates of a quarterly conference. */
    private static List<LocalDate> dates(Map<String, String> fields, String column, int line,
                                         List<ImportProblem> problems) {
        List<LocalDate> dates = new ArrayList<>();
        for (String text : fields.getOrDefault(column, "").split(";")) {
            if (!text.isBlank()) {
                LocalDate date = parse(text.strip(), column, line, problems);
                if (date == null) {
                    break;
                }
                dates.add(date);
            }
        }
        return dates;
    }

    private static @Nullable LocalDate parse(String text, String column, int line, List<ImportProblem> problems) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(line, column, "resources.import.notADate"));
            return null;
        }
    }
}
