package com.ascent.app.files;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The encodings Ascent reads uploaded text files in, as a person choosing one knows them. UTF-16
 * is read in the byte order its byte order mark or its content shows (Windows' "Unicode" is
 * little-endian). Anything else (UTF-32, EBCDIC, ...) is refused with a message.
 */
public enum TextEncoding {

    UTF_8("UTF-8", StandardCharsets.UTF_8),
    UTF_16("UTF-16", StandardCharsets.UTF_16LE),
    WINDOWS_1250("Windows-1250", Charset.forName("windows-1250")),
    ISO_8859_2("ISO-8859-2", Charset.forName("ISO-8859-2")),
    WINDOWS_1252("Windows-1252", Charset.forName("windows-1252"));

    private final String displayName;
    private final Charset charset;

    TextEncoding(String displayName, Charset charset) {
        this.displayName = displayName;
        this.charset = charset;
    }

    /** The name spreadsheets and editors show, e.g. "Windows-1250". */
    public String displayName() {
        return displayName;
    }

    Charset charset() {
        return charset;
    }
}
