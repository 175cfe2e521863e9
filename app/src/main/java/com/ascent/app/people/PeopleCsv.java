package com.ascent.app.people;

import com.ascent.app.files.SpreadsheetSafeCsv;
import com.ascent.app.files.TextFile;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads people CSV files as spreadsheets write them: comma, semicolon or tab separated (guessed
 * from the header row), in the encoding {@link com.ascent.app.files.TextFiles} found or the person
 * chose. Writes the sample file.
 */
final class PeopleCsv {

    /** One row of the file and the line it starts on. */
    record Row(long line, String[] fields) {

        String field(int column) {
            return column < fields.length ? fields[column].strip() : "";
        }
    }

    /** A whole file: its header row and its data rows, or the problem that stopped the reading. */
    record Content(List<String> headers, List<Row> rows, @Nullable ImportProblem unreadable) {
    }

    private PeopleCsv() {
    }

    static CsvPreview preview(TextFile file, int rowCount) {
        List<String> headers = List.of();
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = reader(file)) {
            for (CsvRecord record : reader) {
                if (headers.isEmpty()) {
                    headers = record.getFields().stream().map(String::strip).toList();
                } else if (rows.size() < rowCount) {
                    rows.add(record.getFields().stream().map(String::strip).toList());
                } else {
                    break;
                }
            }
        } catch (CsvParseException e) {
            // The preview shows what could be read; the check reports the unreadable line.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvPreview(headers, rows, ColumnMapping.detect(headers));
    }

    static Content read(TextFile file) {
        List<String> headers = List.of();
        List<Row> rows = new ArrayList<>();
        long lastLine = 1;
        try (CsvReader<CsvRecord> reader = reader(file)) {
            for (CsvRecord record : reader) {
                lastLine = record.getStartingLineNumber();
                if (headers.isEmpty()) {
                    headers = record.getFields().stream().map(String::strip).toList();
                } else {
                    rows.add(new Row(record.getStartingLineNumber(), record.getFields().toArray(String[]::new)));
                }
            }
        } catch (CsvParseException e) {
            return new Content(headers, rows, ImportProblem.of(lastLine + 1, null, "people.import.error.unreadable"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Content(headers, rows, headers.isEmpty()
                ? ImportProblem.of(1, null, "people.import.error.empty") : null);
    }

    /**
     * The different values of one column, in the order they first occur, at most {@code limit} of
     * them: enough to recognise a rating scale without holding a column of ids in memory.
     */
    static Set<String> distinctValues(TextFile file, int column, int limit) {
        Set<String> values = new LinkedHashSet<>();
        boolean header = true;
        try (CsvReader<CsvRecord> reader = reader(file)) {
            for (CsvRecord record : reader) {
                if (header) {
                    header = false;
                } else if (column < record.getFieldCount()) {
                    String value = record.getField(column).strip();
                    if (!value.isEmpty() && values.add(value) && values.size() >= limit) {
                        break;
                    }
                }
            }
        } catch (CsvParseException e) {
            // The values up to the unreadable line; the check reports that line.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static CsvReader<CsvRecord> reader(TextFile file) throws IOException {
        return CsvReader.builder()
                .fieldSeparator(separatorOf(file))
                .allowMissingFields(true)
                .allowExtraFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(file.reader());
    }

    /** The separator that occurs most often in the first line: comma, semicolon or tab. */
    private static char separatorOf(TextFile file) throws IOException {
        String firstLine;
        try (var lines = new BufferedReader(file.reader())) {
            firstLine = lines.readLine();
        }
        if (firstLine == null) {
            return ',';
        }
        char best = ',';
        long bestCount = 0;
        for (char candidate : new char[] {',', ';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /** A small file with every column and a few people, the smallest of whom reports to the others. */
    static String sampleFile() {
        StringWriter text = new StringWriter();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(text)) {
            csv.writeRecord(Arrays.stream(PersonField.values()).map(PersonField::sampleHeader).toList());
            csv.writeRecord("E1001", "Maria Nowak", "maria.nowak@example.com", "Executive", "Chief Executive Officer",
                    "18", "", "Berlin", "2012-04-01", "3", "3", "Strategy; Stakeholder management");
            csv.writeRecord("E1002", "James Okafor", "james.okafor@example.com", "Finance", "Chief Financial Officer",
                    "16", "E1001", "London", "2015-09-14", "3", "2", "Forecasting; Negotiation");
            csv.writeRecord("E1003", "Ana Silva", "ana.silva@example.com", "Finance", "Financial Analyst",
                    "7", "E1002", "Lisbon", "2021-03-15", "2", "3", "Financial modelling; Excel");
            csv.writeRecord("E1004", "Kenji Watanabe", "kenji.watanabe@example.com", "Marketing", "Marketing Director",
                    "13", "E1001", "Singapore", "2017-01-09", "2", "2", "Brand management; Public speaking");
            csv.writeRecord("E1005", "Lea Fischer", "lea.fischer@example.com", "Marketing", "Campaign Manager",
                    "9", "E1004", "Berlin", "2022-06-01", "", "", "");
        }
        return text.toString();
    }
}
