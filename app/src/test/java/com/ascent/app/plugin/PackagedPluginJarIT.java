package com.ascent.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.PluginClassLoader;

/**
 * The plugin jar as it ships (not the development classes) is found and started by the real
 * runtime from a directory of jars, the way the packaged application loads it. Runs after
 * packaging, when the jar exists.
 */
class PackagedPluginJarIT {

    @TempDir
    Path pluginsDir;

    @Test
    void thePackagedObjectivesJarCarriesItsExtensionIndexAndIsStartedFromAPluginsDirectory() throws IOException {
        Path packaged = packagedJar(Path.of("..", "plugins", "objectives", "target"), "ascent-step-objectives-*.jar");
        try (JarFile jar = new JarFile(packaged.toFile())) {
            assertThat(jar.getEntry("META-INF/extensions.idx")).as("PF4J's extension index in " + packaged).isNotNull();
            assertThat(jar.getEntry("plugin.properties")).isNotNull();
        }
        Path installed = Files.copy(packaged, pluginsDir.resolve(packaged.getFileName()));

        PluginRuntime runtime = new PluginRuntime(pluginsDir.toString());
        try {
            assertThat(runtime.plugins()).singleElement().satisfies(plugin -> {
                assertThat(plugin.id()).isEqualTo("ascent-step-objectives");
                assertThat(plugin.state()).isEqualTo("STARTED");
                assertThat(plugin.failureReason()).isNull();
                assertThat(plugin.steps()).containsExactly("objectives");
            });
            StepHandle step = runtime.step("objectives").orElseThrow();
            assertThat(step.placement()).isEqualTo(StepPlacement.fills(StepSlot.OBJECTIVES));
            assertThat(step.step().getClass().getClassLoader()).isInstanceOf(PluginClassLoader.class);
            assertThat(step.step().getClass().getProtectionDomain().getCodeSource().getLocation().getPath())
                    .as("loaded from the jar, not from the development classes").endsWith(installed.getFileName().toString());
        } finally {
            runtime.destroy();
        }
    }

    /** The one plugin jar the module's build produced (sources and javadoc jars aside). */
    private static Path packagedJar(Path target, String pattern) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(target, pattern)) {
            found.forEach(jars::add);
        }
        assertThat(jars).as("the packaged plugin in " + target.toAbsolutePath()).hasSize(1);
        return jars.getFirst();
    }
}
