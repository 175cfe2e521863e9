package com.ascent.app.support;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless tests on an application whose plugins directories hold, besides the real plugins,
 * the misbehaving plugins of {@code test-plugins/} and a plugin built for a future plugin API.
 * All subclasses share one application context (and its own database).
 */
public abstract class FaultyPluginsViewTest extends BrowserlessViewTest {

    /** The test plugin whose steps throw. */
    protected static final String FAILING_PLUGIN = "ascent-test-failing-step";
    /** The test plugin that throws when it is started. */
    protected static final String FAILING_START_PLUGIN = "ascent-test-failing-start";

    @DynamicPropertySource
    static void faultyPlugins(DynamicPropertyRegistry registry) throws IOException {
        Path futurePlugins = Path.of("target", "future-plugins");
        FuturePluginJar.writeInto(futurePlugins);
        registry.add("ascent.plugins.dirs", () -> "../plugins,../test-plugins," + futurePlugins);
    }
}
