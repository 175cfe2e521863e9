package com.ascent.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openpdf.text.pdf.PdfPTable;
import org.junit.jupiter.api.Test;

/**
 * The same content gives the same PDF, byte for byte, whenever it is made (so an export of unchanged
 * data is unchanged); different content does not, and the PDF stays readable.
 */
class PdfReportTest {

    @Test
    void theSameContentMadeAtAnotherMomentGivesTheSameBytes() throws InterruptedException {
        byte[] first = report("Plan of Łucja Żak");
        Thread.sleep(1100); // the creation date and file id OpenPDF would write change with the clock
        byte[] second = report("Plan of Łucja Żak");

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("/CreationDate");
    }

    @Test
    void otherContentGivesAnotherFileIdAndTheTextIsStillReadable() throws IOException {
        byte[] one = report("Plan of Ana");
        byte[] other = report("Plan of Ben");

        assertThat(fileId(one)).isNotEqualTo(fileId(other));
        try (PDDocument document = Loader.loadPDF(one)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Plan of Ana", "Gaps", "Łódź");
        }
    }

    private static byte[] report(String title) {
        PdfReport report = new PdfReport(title);
        report.heading("Gaps");
        report.paragraph("Łódź, 12 May 2027");
        PdfPTable table = PdfReport.table(1, 3);
        PdfReport.row(table, "Capability", "Leading change");
        report.add(table);
        return report.finish();
    }

    private static String fileId(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/ID [");
        return text.substring(at, at + 72);
    }
}
