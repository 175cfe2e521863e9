package com.ascent.app.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.pf4j.PluginRepository;
import org.pf4j.util.FileUtils;

/**
 * Finds plugins in each root directory: plugin jars directly inside it, and, for development,
 * plugin modules whose compiled classes ({@code <module>/target/classes}) hold a
 * {@code plugin.properties}. A root may also be such a plugin module itself, which is how a
 * plugin's own tests load just that plugin.
 */
final class PluginLocations implements PluginRepository {

    private static final Path DEVELOPMENT_CLASSES = Path.of("target", "classes");

    private final List<Path> roots;

    PluginLocations(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    @Override
    public List<Path> getPluginPaths() {
        List<Path> paths = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            if (isPluginModule(root)) {
                paths.add(root.resolve(DEVELOPMENT_CLASSES));
                continue;
            }
            try (Stream<Path> children = Files.list(root)) {
                children.sorted().forEach(child -> {
                    if (Files.isRegularFile(child) && child.getFileName().toString().endsWith(".jar")) {
                        paths.add(child);
                    } else if (isPluginModule(child)) {
                        paths.add(child.resolve(DEVELOPMENT_CLASSES));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return paths;
    }

    private static boolean isPluginModule(Path directory) {
        return Files.isRegularFile(directory.resolve(DEVELOPMENT_CLASSES).resolve("plugin.properties"));
    }

    @Override
    public boolean deletePluginPath(Path pluginPath) {
        try {
            FileUtils.delete(pluginPath);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
