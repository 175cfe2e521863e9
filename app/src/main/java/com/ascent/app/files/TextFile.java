package com.ascent.app.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded text file that {@link TextFiles#open} checked: not binary, no NUL characters, and
 * readable from start to end in {@code encoding}.
 *
 * @param path     where the file is
 * @param encoding the encoding it is read in
 * @param guessed  whether the encoding was guessed (no byte order mark, not valid UTF-8, nothing chosen):
 *                 then the person importing should check the names in the preview
 */
public record TextFile(Path path, TextEncoding encoding, boolean guessed, Charset charset, int byteOrderMark) {

    /** The text after any byte order mark. */
    public Reader reader() throws IOException {
        InputStream in = Files.newInputStream(path);
        in.skipNBytes(byteOrderMark);
        return new InputStreamReader(in, charset);
    }
}
