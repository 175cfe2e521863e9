package com.ascent.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.support.FuturePluginJar;
import com.ascent.plugin.api.PluginApi;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin that needs a newer plugin API is reported as failed, with the reason, and the runtime runs on. */
class IncompatiblePluginTest {

    @TempDir
    Path pluginsDir;

    @Test
    void aPluginRequiringANewerPluginApiIsFailedWithTheRequiredAndTheProvidedVersion() throws IOException {
        FuturePluginJar.writeInto(pluginsDir);

        PluginRuntime runtime = new PluginRuntime(pluginsDir + ",../plugins");
        try {
            assertThat(runtime.plugins()).filteredOn(p -> p.id().equals(FuturePluginJar.ID)).singleElement()
                    .satisfies(plugin -> {
                        assertThat(plugin.state()).isEqualTo("FAILED");
                        assertThat(plugin.failureReason()).contains(FuturePluginJar.REQUIRES).contains(PluginApi.VERSION);
                        assertThat(plugin.steps()).isEmpty();
                    });
            assertThat(runtime.steps()).as("the compatible plugins run on").extracting(StepHandle::stepId)
                    .contains("objectives");
        } finally {
            runtime.destroy();
        }
    }
}
