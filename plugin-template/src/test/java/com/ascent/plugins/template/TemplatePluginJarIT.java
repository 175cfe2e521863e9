package com.ascent.plugins.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.plugin.testkit.StepPluginTest;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The plugin as it ships: the jar that {@code ./mvnw package} wrote into {@code target/}, dropped
 * into a plugins directory, is loaded by Ascent, and its step appears in an organization's wizard
 * once switched on.
 */
@TestPropertySource(properties = "ascent.plugins.dirs=target")
class TemplatePluginJarIT extends StepPluginTest {

    @Test
    void thePackagedJarIsLoadedAndItsStepAppearsInTheWizard() {
        assertThat(plugins()).singleElement().satisfies(plugin -> {
            assertThat(plugin.id()).isEqualTo("ascent-plugin-template");
            assertThat(plugin.state()).isEqualTo("STARTED");
            assertThat(plugin.requires()).isEqualTo(">=1.5.0 & <2.0.0");
            assertThat(plugin.steps()).containsExactly(PairsAtAGlanceStep.ID);
        });

        switchOn(PairsAtAGlanceStep.ID);

        List<String> steps = wizardSteps();
        assertThat(steps).containsSubsequence("selection", PairsAtAGlanceStep.ID, "framework");
        Component view = show(PairsAtAGlanceStep.ID);
        assertThat(view.getClass().getProtectionDomain().getCodeSource().getLocation().getPath())
                .as("loaded from the packaged jar").endsWith(".jar");
        assertThat(status(PairsAtAGlanceStep.ID).missing()).isNotEmpty();
    }
}
