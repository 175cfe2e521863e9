package com.ascent.app.files;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV for spreadsheets: a cell that a spreadsheet would run as a formula (it starts with
 * {@code = + - @}, a tab or a carriage return) gets a leading apostrophe, so it shows as the text
 * it is (OWASP "CSV injection"). Plain numbers such as {@code -12.5} stay numbers. Every CSV the
 * application writes goes through here.
 */
public final class SpreadsheetSafeCsv implements Closeable {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final CsvWriter csv;

    private SpreadsheetSafeCsv(Writer out) {
        this.csv = CsvWriter.builder().build(out);
    }

    public static SpreadsheetSafeCsv to(Writer out) {
        return new SpreadsheetSafeCsv(out);
    }

    public SpreadsheetSafeCsv writeRecord(String... cells) {
        return writeRecord(Arrays.asList(cells));
    }

    public SpreadsheetSafeCsv writeRecord(List<String> cells) {
        csv.writeRecord(cells.stream().map(SpreadsheetSafeCsv::cell).toList());
        return this;
    }

    /**
     * A moment as a CSV cell: ISO 8601 to the second with the offset of {@code zone}, e.g.
     * {@code 2027-01-11T09:30:00+01:00}, which every spreadsheet reads the same way.
     */
    public static String moment(Instant at, ZoneId zone) {
        return at.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The cell as a spreadsheet shows it as text, never as a formula. */
    static String cell(String value) {
        if (value.isEmpty() || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    @Override
    public void close() {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
