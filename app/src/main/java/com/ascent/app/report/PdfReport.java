package com.ascent.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One A4 document in Ascent's house style: a title, headed sections, paragraphs and ruled tables.
 * Create it, add the content in reading order, then {@link #finish()} for the bytes.
 */
public final class PdfReport {

    // An embedded Unicode font: PDF's built-in Helvetica has no ł, ą, ę, ś, ż, ... (nor most names' letters).
    private static final BaseFont REGULAR = embedded("fonts/DejaVuSansCondensed.ttf");
    private static final BaseFont BOLD = embedded("fonts/DejaVuSansCondensed-Bold.ttf");

    public static final Font TITLE = new Font(BOLD, 18);
    public static final Font HEADING = new Font(BOLD, 12);
    public static final Font BODY = new Font(REGULAR, 10);
    public static final Font LABEL = new Font(BOLD, 10);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 48, 48, 48, 48);

    /** Opens the document and prints {@code title} on top (and in its properties). */
    public PdfReport(String title) {
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        document.add(new Paragraph(title, TITLE));
    }

    /** A section heading. */
    public void heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    /** A paragraph of body text, a little apart from what follows. */
    public void paragraph(String text) {
        Paragraph paragraph = new Paragraph(text, BODY);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    /** Any other element, e.g. a table from {@link #table}. */
    public void add(Element element) {
        document.add(element);
    }

    /** Closes the document and returns the PDF. */
    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    /** A full-width table whose columns have the relative {@code widths}. */
    public static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths.length);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    /** A label and its value, in a two-column table. */
    public static void row(PdfPTable table, String label, String value) {
        table.addCell(cell(label, LABEL));
        table.addCell(cell(value, BODY));
    }

    /** A header row. */
    public static void header(PdfPTable table, String... labels) {
        for (String label : labels) {
            table.addCell(cell(label, LABEL));
        }
    }

    /** A row of values. */
    public static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(cell(value, BODY));
        }
    }

    /** One padded cell. */
    public static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setPadding(4);
        return cell;
    }

    private static BaseFont embedded(String resource) {
        try (InputStream font = Objects.requireNonNull(PdfReport.class.getClassLoader().getResourceAsStream(resource),
                resource)) {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
