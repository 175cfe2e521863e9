package com.ascent.plugins.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.plugin.PluginRuntime;
import com.ascent.app.plugin.StepHandle;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.testkit.StepPluginTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * PF4J starts the Development plans plugin from its own module and finds its step; the operator
 * sees it started (what /actuator/plugins lists, an endpoint of the host tested there).
 */
class DevelopmentPlansPluginTest extends StepPluginTest {

    static final String PLUGIN = "ascent-step-development-plans";

    @Autowired
    PluginRuntime runtime;

    @Test
    void theDevelopmentPlansPluginIsStartedAndFillsItsSlot() {
        StepHandle step = runtime.step("development-plans").orElseThrow();
        assertThat(step.placement()).isEqualTo(StepPlacement.fills(StepSlot.DEVELOPMENT_PLANS));
        assertThat(step.step().getClass().getClassLoader()).as("loaded by PF4J from plugins/development-plans")
                .isInstanceOf(org.pf4j.PluginClassLoader.class);
    }

    @Test
    void theOperatorSeesThePluginStartedWithItsStep() {
        assertThat(plugins()).filteredOn(p -> p.id().equals(PLUGIN)).singleElement().satisfies(plugin -> {
            assertThat(plugin.state()).isEqualTo("STARTED");
            assertThat(plugin.steps()).containsExactly("development-plans");
        });
    }
}
