package com.ascent.app.people;

import com.ascent.app.files.SpreadsheetSafeCsv;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads people CSV files as spreadsheets write them: comma, semicolon or tab separated (guessed
 * from the header row), UTF-8 with or without byte order mark, or Windows-1252 as older Excel
 * versions save it. Writes the sample file.
 */
final class PeopleCsv {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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

    static CsvPreview preview(Path file, int rowCount) {
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

    static Content read(Path file) {
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
    static Set<String> distinctValues(Path file, int column, int limit) {
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

    private static CsvReader<CsvRecord> reader(Path file) throws IOException {
        Charset charset = charsetOf(file);
        return CsvReader.builder()
                .fieldSeparator(separatorOf(file, charset))
                .detectBomHeader(charset == StandardCharsets.UTF_8)
                .allowMissingFields(true)
                .allowExtraFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(file, charset);
    }

    /** UTF-8 when the whole file decodes as such, else Windows-1252 (which decodes anything). */
    private static Charset charsetOf(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return WINDOWS_1252;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            return decoder.decode(bytes, chars, true).isError() ? WINDOWS_1252 : StandardCharsets.UTF_8;
        }
    }

    /** The separator that occurs most often in the first line: comma, semicolon or tab. */
    private static char separatorOf(Path file, Charset charset) throws IOException {
        String firstLine;
        try (var lines = Files.newBufferedReader(file, charset)) {
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
