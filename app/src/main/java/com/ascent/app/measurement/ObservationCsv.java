package com.ascent.app.measurement;

import com.ascent.app.measurement.CsvImportException.Problem;
import com.ascent.plugin.api.measurement.Metric;
import com.ascent.plugin.api.measurement.ObservationDraft;
import com.ascent.plugin.api.measurement.Phase;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads metric values from CSV ({@code employee_id,metric,phase,date,value,group}) into drafts,
 * collecting every problem with its line number instead of stopping at the first.
 */
final class ObservationCsv {

    static final List<String> COLUMNS = List.of("employee_id", "metric", "phase", "date", "value");
    static final String GROUP_COLUMN = "group";

    record Row(long line, ObservationDraft draft) {
    }

    record Parsed(List<Row> rows, List<Problem> problems) {
    }

    private ObservationCsv() {
    }

    /**
     * @param metrics the program's plan (metrics are named in the file)
     * @param people  finds directory ids by employee id
     */
    static Parsed parse(String csv, List<Metric> metrics, Function<List<String>, Map<String, UUID>> people) {
        List<NamedCsvRecord> records;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().skipEmptyLines(true).allowMissingFields(true)
                .ofNamedCsvRecord(csv.strip())) {
            records = reader.stream().toList();
        } catch (CsvParseException | java.io.IOException | java.io.UncheckedIOException e) {
            return new Parsed(List.of(), List.of(new Problem(1, "measurement.csv.unreadable", List.of())));
        }
        if (records.isEmpty()) {
            return new Parsed(List.of(), List.of(new Problem(1, "measurement.csv.empty", List.of())));
        }
        Set<String> header = records.getFirst().getHeader().stream().map(h -> h.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (!header.containsAll(COLUMNS)) {
            return new Parsed(List.of(), List.of(new Problem(1, "measurement.csv.header", List.of(String.join(",", COLUMNS)))));
        }
        Map<String, Metric> metricsByName = metrics.stream()
                .collect(Collectors.toMap(m -> m.name().trim().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
        Map<String, UUID> personIds = people.apply(records.stream().map(r -> field(r, "employee_id")).distinct().toList());
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (NamedCsvRecord record : records) {
            long line = record.getStartingLineNumber();
            int before = problems.size();
            UUID person = personIds.get(field(record, "employee_id"));
            if (person == null) {
                problems.add(new Problem(line, "measurement.csv.unknownPerson", List.of(field(record, "employee_id"))));
            }
            Metric metric = metricsByName.get(field(record, "metric").toLowerCase(Locale.ROOT));
            if (metric == null) {
                problems.add(new Problem(line, "measurement.csv.unknownMetric", List.of(field(record, "metric"))));
            }
            Phase phase = switch (field(record, "phase").toLowerCase(Locale.ROOT)) {
                case "baseline" -> Phase.BASELINE;
                case "follow-up", "follow_up", "followup" -> Phase.FOLLOW_UP;
                default -> null;
            };
            if (phase == null) {
                problems.add(new Problem(line, "measurement.csv.phase", List.of(field(record, "phase"))));
            }
            LocalDate date = null;
            try {
                date = LocalDate.parse(field(record, "date"));
            } catch (DateTimeParseException e) {
                problems.add(new Problem(line, "measurement.csv.date", List.of(field(record, "date"))));
            }
            BigDecimal value = null;
            try {
                value = new BigDecimal(field(record, "value").replace(',', '.'));
            } catch (NumberFormatException e) {
                problems.add(new Problem(line, "measurement.csv.number", List.of(field(record, "value"))));
            }
            String group = field(record, GROUP_COLUMN).toLowerCase(Locale.ROOT);
            if (!group.isEmpty() && !group.equals("comparison") && !group.equals("participant")) {
                problems.add(new Problem(line, "measurement.csv.group", List.of(group)));
            }
            if (problems.size() == before) {
                rows.add(new Row(line, new ObservationDraft(metric.id(), person, date, phase, value,
                        group.equals("comparison"))));
            }
        }
        return new Parsed(rows, problems);
    }

    private static String field(NamedCsvRecord record, String column) {
        return record.getFieldsAsMap().entrySet().stream()
                .filter(e -> e.getKey().trim().equalsIgnoreCase(column))
                .map(e -> e.getValue().trim())
                .findFirst()
                .orElse("");
    }
}
