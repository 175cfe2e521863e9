package com.ascent.app.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text files people upload (CSV from spreadsheets and HR systems), refusing at once
 * what is not text: images, PDFs, workbooks and other binary files, NUL characters (with their
 * line), UTF-32, and bytes that do not belong to the encoding chosen. Every upload goes through
 * here.
 *
 * <p>The encoding is found in this order: a byte order mark (UTF-8, UTF-16); the byte pattern of
 * UTF-16 without one (every other byte zero); strict UTF-8 over the whole file; else a guess among
 * Windows-1250, ISO-8859-2 and Windows-1252 (the 8-bit encodings Excel uses in Poland and Western
 * Europe), whichever reads the start of the file as words rather than symbols. A guess is marked
 * as such; the person importing sees the names in the preview and can choose the encoding.
 */
public final class TextFiles {

    /** How much of the start of a file shows whether it is text and how it is encoded. */
    private static final int SNIFF_BYTES = 64 * 1024;
    /** How much of the file the 8-bit guess reads: enough names to tell "Łódź" from "£ódŸ". */
    private static final int GUESS_BYTES = 1024 * 1024;
    /**
     * The guesses in order of preference when they read the file equally well. Windows-1252 first:
     * the letters it shares with Windows-1250 at different places ("São" or "Săo", "Señor" or
     * "Seńor") are letters in both, but a Polish file also holds ł, ą, ż, ś or ź, which
     * Windows-1252 reads as symbols ("³", "¹", "¿", "œ", "Ÿ"), and then Windows-1250 wins.
     */
    private static final List<TextEncoding> GUESSES =
            List.of(TextEncoding.WINDOWS_1252, TextEncoding.WINDOWS_1250, TextEncoding.ISO_8859_2);
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF_16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF_16BE_BOM = {(byte) 0xFE, (byte) 0xFF};
    private static final byte[] UTF_32LE_BOM = {(byte) 0xFF, (byte) 0xFE, 0, 0};
    private static final byte[] UTF_32BE_BOM = {0, 0, (byte) 0xFE, (byte) 0xFF};

    /** Files of other kinds, by the bytes they start with, and the message that names the kind. */
    private static final List<Signature> SIGNATURES = List.of(
            new Signature("files.error.image", (byte) 0x89, 'P', 'N', 'G'),
            new Signature("files.error.image", (byte) 0xFF, (byte) 0xD8, (byte) 0xFF),
            new Signature("files.error.image", 'G', 'I', 'F', '8'),
            new Signature("files.error.pdf", '%', 'P', 'D', 'F'),
            new Signature("files.error.workbook", 'P', 'K', 3, 4),
            new Signature("files.error.workbook", (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0));

    private TextFiles() {
    }

    /**
     * Checks an uploaded file from start to end and says how to read it.
     *
     * @param chosen the encoding the person chose, or {@code null} to find it out
     * @throws UnreadableFileException when the file is not text or cannot be read in the encoding
     */
    public static TextFile open(Path file, @Nullable TextEncoding chosen) {
        Reading reading = check(() -> Files.newInputStream(file), chosen);
        return new TextFile(file, reading.encoding(), reading.guessed(), reading.charset(), reading.byteOrderMark());
    }

    /**
     * The text of a small uploaded file held in memory, checked and decoded like {@link #open}
     * with the encoding found out.
     *
     * @throws UnreadableFileException when the file is not text
     */
    public static String text(byte[] content) {
        Reading reading = check(() -> new ByteArrayInputStream(content), null);
        return new String(content, reading.byteOrderMark(), content.length - reading.byteOrderMark(),
                reading.charset());
    }

    private interface Source {
        InputStream open() throws IOException;
    }

    private record Reading(TextEncoding encoding, Charset charset, int byteOrderMark, boolean guessed) {
    }

    private record Signature(String messageKey, byte[] start) {

        Signature(String messageKey, int... start) {
            this(messageKey, toBytes(start));
        }

        private static byte[] toBytes(int[] values) {
            byte[] bytes = new byte[values.length];
            for (int i = 0; i < values.length; i++) {
                bytes[i] = (byte) values[i];
            }
            return bytes;
        }
    }

    private static Reading check(Source source, @Nullable TextEncoding chosen) {
        try {
            byte[] head;
            try (InputStream in = source.open()) {
                head = in.readNBytes(SNIFF_BYTES);
            }
            refuseOtherKinds(head);
            Reading reading = chosen != null ? chosen(head, chosen) : found(source, head);
            long flawedLine = firstFlaw(source, reading);
            if (flawedLine > 0) {
                throw chosen == null ? new UnreadableFileException("files.error.unknownEncoding", flawedLine)
                        : new UnreadableFileException("files.error.notInEncoding", flawedLine, chosen.displayName());
            }
            return reading;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Images, PDFs, workbooks, UTF-32 and other binary content, refused by the start of the file. */
    private static void refuseOtherKinds(byte[] head) {
        for (Signature signature : SIGNATURES) {
            if (startsWith(head, signature.start())) {
                throw new UnreadableFileException(signature.messageKey(), 0);
            }
        }
        if (startsWith(head, UTF_32LE_BOM) || startsWith(head, UTF_32BE_BOM) || looksLikeUtf32(head)) {
            throw new UnreadableFileException("files.error.utf32", 0);
        }
        if (byteOrderMark(head) == null && utf16Pattern(head) == null && mostlyControlBytes(head)) {
            throw new UnreadableFileException("files.error.binary", 0);
        }
    }

    private static Reading chosen(byte[] head, TextEncoding chosen) {
        Reading mark = byteOrderMark(head);
        return switch (chosen) {
            case UTF_8 -> new Reading(chosen, StandardCharsets.UTF_8,
                    mark != null && mark.encoding() == TextEncoding.UTF_8 ? mark.byteOrderMark() : 0, false);
            case UTF_16 -> mark != null && mark.encoding() == TextEncoding.UTF_16 ? mark
                    : new Reading(chosen, utf16Pattern(head) == StandardCharsets.UTF_16BE
                            ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE, 0, false);
            default -> new Reading(chosen, chosen.charset(), 0, false);
        };
    }

    private static Reading found(Source source, byte[] head) throws IOException {
        Reading mark = byteOrderMark(head);
        if (mark != null) {
            return mark;
        }
        Charset utf16 = utf16Pattern(head);
        if (utf16 != null) {
            return new Reading(TextEncoding.UTF_16, utf16, 0, false);
        }
        Reading utf8 = new Reading(TextEncoding.UTF_8, StandardCharsets.UTF_8, 0, false);
        if (firstFlaw(source, utf8) == 0) {
            return utf8;
        }
        byte[] start;
        try (InputStream in = source.open()) {
            start = in.readNBytes(GUESS_BYTES);
        }
        TextEncoding best = GUESSES.getFirst();
        int bestScore = Integer.MIN_VALUE;
        for (TextEncoding candidate : GUESSES) {
            int score = wordLikeness(new String(start, candidate.charset()));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return new Reading(best, best.charset(), 0, true);
    }

    private static @Nullable Reading byteOrderMark(byte[] head) {
        if (startsWith(head, UTF_8_BOM)) {
            return new Reading(TextEncoding.UTF_8, StandardCharsets.UTF_8, UTF_8_BOM.length, false);
        }
        if (startsWith(head, UTF_16LE_BOM)) {
            return new Reading(TextEncoding.UTF_16, StandardCharsets.UTF_16LE, UTF_16LE_BOM.length, false);
        }
        if (startsWith(head, UTF_16BE_BOM)) {
            return new Reading(TextEncoding.UTF_16, StandardCharsets.UTF_16BE, UTF_16BE_BOM.length, false);
        }
        return null;
    }

    /**
     * UTF-16 without a byte order mark, as some HR systems export it: text in Latin letters has a
     * zero in every other byte (the second in little-endian, the first in big-endian).
     */
    private static @Nullable Charset utf16Pattern(byte[] head) {
        int pairs = head.length / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** UTF-32 without a byte order mark: the two high bytes of (almost) every character are zero. */
    private static boolean looksLikeUtf32(byte[] head) {
        int quads = head.length / 4;
        if (quads < 2) {
            return false;
        }
        int[] zeros = new int[4];
        for (int i = 0; i < quads * 4; i++) {
            if (head[i] == 0) {
                zeros[i % 4]++;
            }
        }
        boolean littleEndian = zeros[2] >= quads * 0.9 && zeros[3] >= quads * 0.9 && zeros[0] <= quads * 0.05;
        boolean bigEndian = zeros[0] >= quads * 0.9 && zeros[1] >= quads * 0.9 && zeros[3] <= quads * 0.05;
        return littleEndian || bigEndian;
    }

    /**
     * Binary content: more than one byte in twenty is a control character that text does not
     * contain. A text file with a stray NUL is not binary: it is refused with the NUL's line.
     */
    private static boolean mostlyControlBytes(byte[] head) {
        long controls = 0;
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                controls++;
            }
        }
        return controls > 2 && controls * 20 > head.length;
    }

    /**
     * How well a decoding reads as words: a letter beyond ASCII counts one up; a symbol next to a
     * letter ("Za¿ó³æ", "£ódŸ") counts two down; a control character or an unmapped byte, which
     * no real text holds, counts ten down.
     */
    private static int wordLikeness(String text) {
        int score = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFFFD') {
                score -= 10;
            } else if (Character.isLetter(c)) {
                score++;
            } else if (i > 0 && Character.isLetter(text.charAt(i - 1))
                    || i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                score -= 2;
            }
        }
        return score;
    }

    /**
     * Reads the whole file in {@code reading}: the line of the first byte that does not belong to
     * the encoding, or 0 when every byte does.
     *
     * @throws UnreadableFileException naming the line of the first NUL character
     */
    private static long firstFlaw(Source source, Reading reading) throws IOException {
        CharsetDecoder decoder = reading.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long line = 1;
        try (InputStream in = source.open()) {
            in.skipNBytes(reading.byteOrderMark());
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = read < 0;
                bytes.position(bytes.position() + Math.max(read, 0));
                bytes.flip();
                CoderResult result;
                do {
                    result = decoder.decode(bytes, chars, end);
                    line = scan(chars, line);
                } while (result.isOverflow());
                if (result.isError()) {
                    return line;
                }
                bytes.compact();
            }
            decoder.flush(chars);
            scan(chars, line);
            return 0;
        }
    }

    /**
     * Reads the decoded {@code chars} and empties them: the line the text has reached after them,
     * counting from {@code line}.
     *
     * @throws UnreadableFileException naming the line of a NUL character
     */
    private static long scan(CharBuffer chars, long line) {
        long reached = line;
        chars.flip();
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c == '\n') {
                reached++;
            } else if (c == 0) {
                throw new UnreadableFileException("files.error.nul", reached);
            }
        }
        chars.clear();
        return reached;
    }

    private static boolean startsWith(byte[] content, byte[] start) {
        return content.length >= start.length && Arrays.equals(content, 0, start.length, start, 0, start.length);
    }
}
