package com.ascent.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The real PF4J runtime finds the source tree's plugins and their extensions. */
@IntegrationTest
class PluginRuntimeTest {

    @Autowired
    PluginRuntime runtime;

    @Test
    void theObjectivesPluginIsStartedAndOffersItsStep() {
        assertThat(runtime.plugins())
                .filteredOn(p -> p.id().equals("ascent-step-objectives"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("STARTED");
                    assertThat(p.steps()).containsExactly("objectives");
                });
        assertThat(runtime.step("objectives")).get()
                .extracting(StepHandle::placement).isEqualTo(StepPlacement.fills(StepSlot.OBJECTIVES));
    }

    @Test
    void theFrameworkPluginIsStartedAndFillsTheFrameworkSlot() {
        assertThat(runtime.plugins())
                .filteredOn(p -> p.id().equals("ascent-step-framework"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("STARTED");
                    assertThat(p.steps()).containsExactly("framework");
                });
        assertThat(runtime.step("framework")).get()
                .extracting(StepHandle::placement).isEqualTo(StepPlacement.fills(StepSlot.FRAMEWORK));
    }

    @Test
    void theStepIsLoadedByThePluginsOwnClassLoaderNotTheApplications() {
        StepHandle step = runtime.step("objectives").orElseThrow();
        assertThat(step.step().getClass().getClassLoader()).isInstanceOf(org.pf4j.PluginClassLoader.class);
    }
}
