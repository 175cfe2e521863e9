package com.ascent.app.organizationdata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** An export made in a test: its bytes and its entries by name. */
record ExportedZip(byte[] bytes, Map<String, byte[]> entries) {

    static final Instant EXPORTED_AT = Instant.parse("2027-03-01T08:15:30Z");

    static ExportedZip of(OrganizationExportService exports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(out, EXPORTED_AT, Locale.ENGLISH, ExportProgress.NONE);
        byte[] bytes = out.toByteArray();
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExportedZip(bytes, entries);
    }

    String text(String name) {
        byte[] content = entries.get(name);
        if (content == null) {
            throw new AssertionError("No " + name + " in " + entries.keySet());
        }
        return new String(content, StandardCharsets.UTF_8);
    }
}
