package com.ascent.app.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile and foreign files of issue 19, each refused with its message or read as written. */
public class TextFilesTest {

    /** A real 1x1 PNG image. */
    public static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    static final String POLISH = "employee_id,name,location\nE1,Zażółć Gęślą,Łódź\nE2,Michał Kamiński,Kraków\n";

    @TempDir
    Path folder;

    @Test
    void aPngRenamedCsvIsRefusedAsAnImage() throws IOException {
        assertRefused(write(PNG), "files.error.image", 0);
    }

    @Test
    void aWorkbookAndAPdfAreRefusedByTheirKind() throws IOException {
        assertRefused(write(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}), "files.error.workbook", 0);
        assertRefused(write("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1)), "files.error.pdf", 0);
    }

    @Test
    void binaryContentWithoutAKnownSignatureIsRefused() throws IOException {
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31 % 7 == 0 ? 0 : i % 251);
        }
        assertRefused(write(binary), "files.error.binary", 0);
    }

    @Test
    void aNulByteIsRefusedWithItsLine() throws IOException {
        Path file = write("employee_id,name\nE1,Ana\nE2,Ma\u0000ria\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(file, "files.error.nul", 3);
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws IOException {
        TextFile little = TextFiles.open(write(POLISH.getBytes(StandardCharsets.UTF_16LE), (byte) 0xFF, (byte) 0xFE),
                null);
        assertThat(little.encoding()).isEqualTo(TextEncoding.UTF_16);
        assertThat(little.guessed()).isFalse();
        assertThat(content(little)).isEqualTo(POLISH);
        TextFile big = TextFiles.open(write(POLISH.getBytes(StandardCharsets.UTF_16BE), (byte) 0xFE, (byte) 0xFF), null);
        assertThat(content(big)).isEqualTo(POLISH);
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes() throws IOException {
        TextFile little = TextFiles.open(write(POLISH.getBytes(StandardCharsets.UTF_16LE)), null);
        assertThat(little.encoding()).isEqualTo(TextEncoding.UTF_16);
        assertThat(content(little)).isEqualTo(POLISH);
        TextFile big = TextFiles.open(write(POLISH.getBytes(StandardCharsets.UTF_16BE)), null);
        assertThat(content(big)).isEqualTo(POLISH);
    }

    @Test
    void utf32IsRefusedWithOrWithoutAByteOrderMark() throws IOException {
        Charset utf32 = Charset.forName("UTF-32LE");
        assertRefused(write(POLISH.getBytes(utf32)), "files.error.utf32", 0);
        assertRefused(write(POLISH.getBytes(utf32), (byte) 0xFF, (byte) 0xFE, (byte) 0, (byte) 0), "files.error.utf32", 0);
    }

    @Test
    void windows1250WithPolishNamesIsRecognised() throws IOException {
        TextFile file = TextFiles.open(write(POLISH.getBytes(Charset.forName("windows-1250"))), null);
        assertThat(file.encoding()).isEqualTo(TextEncoding.WINDOWS_1250);
        assertThat(file.guessed()).isTrue();
        assertThat(content(file)).isEqualTo(POLISH).doesNotContain("Za¿ó³æ", "£ódŸ");
    }

    @Test
    void iso88592AndWindows1252AreRecognisedByTheirLetters() throws IOException {
        String iso = "name\nJadwiga Bąk\nŚwiętosław Ślązak\n";
        assertThat(content(TextFiles.open(write(iso.getBytes(Charset.forName("ISO-8859-2"))), null))).isEqualTo(iso);
        String western = "name,location\nJosé Müller,São Paulo\nFrançois Hélène,Señora\n";
        TextFile file = TextFiles.open(write(western.getBytes(Charset.forName("windows-1252"))), null);
        assertThat(file.encoding()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(content(file)).isEqualTo(western);
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkIsReadAsIsNotGuessed() throws IOException {
        TextFile plain = TextFiles.open(write(POLISH.getBytes(StandardCharsets.UTF_8)), null);
        assertThat(plain.encoding()).isEqualTo(TextEncoding.UTF_8);
        assertThat(plain.guessed()).isFalse();
        TextFile marked = TextFiles.open(write(POLISH.getBytes(StandardCharsets.UTF_8), (byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF), null);
        assertThat(content(marked)).isEqualTo(POLISH);
    }

    @Test
    void aChosenEncodingIsUsedAndRefusedWithTheLineThatDoesNotFit() throws IOException {
        Path file = write(POLISH.getBytes(Charset.forName("windows-1250")));
        assertThat(content(TextFiles.open(file, TextEncoding.WINDOWS_1252))).as("as chosen, though garbled")
                .contains("Za¿ó³æ", "£ódŸ");
        assertRefused(file, TextEncoding.UTF_8, "files.error.notInEncoding", 2);
    }

    @Test
    void textInMemoryIsCheckedTheSameWay() {
        assertThat(TextFiles.text(POLISH.getBytes(Charset.forName("windows-1250")))).isEqualTo(POLISH);
        assertThatThrownBy(() -> TextFiles.text(PNG)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("files.error.image");
    }

    private void assertRefused(Path file, String messageKey, long line) {
        assertRefused(file, null, messageKey, line);
    }

    private void assertRefused(Path file, TextEncoding chosen, String messageKey, long line) {
        assertThatThrownBy(() -> TextFiles.open(file, chosen)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> {
                    assertThat(e.getMessage()).isEqualTo(messageKey);
                    assertThat(e.line()).isEqualTo(line);
                });
    }

    private static String content(TextFile file) throws IOException {
        StringWriter text = new StringWriter();
        try (Reader reader = file.reader()) {
            reader.transferTo(text);
        }
        return text.toString();
    }

    private Path write(byte[] content, byte... start) throws IOException {
        Path file = Files.createTempFile(folder, "upload", ".csv");
        byte[] all = new byte[start.length + content.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        Files.write(file, all);
        return file;
    }
}
