package com.ascent.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A cell a spreadsheet would run as a formula is written as text; numbers and ordinary text are untouched. */
class SpreadsheetSafeCsvTest {

    @Test
    void cellsThatWouldStartAFormulaAreWrittenAsText() throws Exception {
        StringWriter out = new StringWriter();
        try (SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.to(out)) {
            csv.writeRecord("=HYPERLINK(\"http://evil.example\",\"Click\")", "+1+cmd|' /C calc'!A0", "-2+3",
                    "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "a,=1+1");
            csv.writeRecord("-12.5", "+3", "42", "Workshops", "", "e-mail", "2027-01-15");
        }

        var records = CsvReader.builder().ofCsvRecord(out.toString()).stream().map(CsvRecord::getFields).toList();
        assertThat(records.get(0)).containsExactly("'=HYPERLINK(\"http://evil.example\",\"Click\")",
                "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1:A2)", "'\t=1+1", "'\r=1+1", "a,=1+1");
        assertThat(records.get(1)).containsExactly("-12.5", "+3", "42", "Workshops", "", "e-mail", "2027-01-15");
    }
}
