package com.ascent.app.support;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes a plugin jar built for a plugin API this Ascent does not provide yet, the way a plugin
 * author's newer build would arrive in the operator's plugins directory.
 */
public final class FuturePluginJar {

    public static final String ID = "future-api-plugin";
    public static final String REQUIRES = ">=2.0.0";

    private FuturePluginJar() {
    }

    /** Writes {@code future-api-plugin-1.0.0.jar} into {@code directory} and returns it. */
    public static Path writeInto(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path jar = directory.resolve(ID + "-1.0.0.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("plugin.properties"));
            out.write(("""
                    plugin.id=%s
                    plugin.version=1.0.0
                    plugin.requires=%s
                    plugin.provider=A consultancy
                    plugin.description=A step built against plugin API 2
                    """.formatted(ID, REQUIRES)).getBytes(StandardCharsets.ISO_8859_1));
            out.closeEntry();
        }
        return jar;
    }
}
