package com.ascent.app.organizationdata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP whose bytes depend on its entries only: every entry carries the same fixed time (the
 * earliest a ZIP can hold), not the moment it was written.
 */
final class ReproducibleZip implements AutoCloseable {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final ZipOutputStream zip;

    ReproducibleZip(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    /** Starts an entry; write its content to {@link #content()}, then start the next. */
    OutputStream entry(String name) {
        try {
            ZipEntry entry = new ZipEntry(name);
            entry.setTimeLocal(ENTRY_TIME);
            zip.putNextEntry(entry);
            return content();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void entry(String name, byte[] content) {
        try {
            entry(name).write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The current entry's content; closing it does not close the ZIP. */
    OutputStream content() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                zip.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                zip.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                zip.flush();
            }

            @Override
            public void close() {
                // The entry ends when the next one starts or the ZIP is closed.
            }
        };
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
