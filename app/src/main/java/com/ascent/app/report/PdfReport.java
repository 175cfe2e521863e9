package com.ascent.app.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfName;
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

    // What OpenPDF makes up anew for every document: the six-letter tag of each embedded font subset
    // (random) and the file identifier (from the clock), both in uncompressed dictionaries.
    private static final Pattern SUBSET_TAG = Pattern.compile("/[A-Z]{6}\\+(?=DejaVuSans)");
    private static final Pattern FILE_ID = Pattern.compile("/ID \\[<[0-9a-f]{32}><[0-9a-f]{32}>]");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 48, 48, 48, 48);

    /** Opens the document and prints {@code title} on top (and in its properties). */
    public PdfReport(String title) {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.open();
        // No creation date: the same content gives the same bytes (an export of unchanged data is unchanged).
        writer.getInfo().remove(PdfName.CREATIONDATE);
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

    /**
     * Closes the document and returns the PDF: the same bytes for the same content. The font subset
     * tags and the file identifier are derived from the content instead (same length, so the
     * cross-reference offsets stay right).
     */
    public byte[] finish() {
        document.close();
        String pdf = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
        byte[] digest = sha256(SUBSET_TAG.matcher(FILE_ID.matcher(pdf).replaceAll("/ID []")).replaceAll("/+"));
        StringBuilder tag = new StringBuilder("/");
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(digest[i], 26)));
        }
        String id = HexFormat.of().formatHex(digest, 0, 16);
        pdf = SUBSET_TAG.matcher(pdf).replaceAll(tag.append('+').toString());
        pdf = FILE_ID.matcher(pdf).replaceAll(Matcher.quoteReplacement("/ID [<" + id + "><" + id + ">]"));
        return pdf.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] sha256(String content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.ISO_8859_1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
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
