package com.ascent.plugins.selection;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.plugin.PluginRuntime;
import com.ascent.app.plugin.StepHandle;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import com.ascent.plugin.testkit.StepPluginTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Coaches & mentors plugin is found, started and offers its step, as /actuator/plugins reports. */
class SelectionPluginTest extends StepPluginTest {

    @Autowired
    PluginRuntime runtime;

    @Test
    void theSelectionPluginIsStartedAndFillsTheSelectionSlot() {
        assertThat(plugins())
                .filteredOn(p -> p.id().equals("ascent-step-selection"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("STARTED");
                    assertThat(p.steps()).containsExactly("selection");
                    assertThat(p.requires()).isEqualTo(">=1.3.0 & <2.0.0");
                });
        StepHandle step = runtime.step("selection").orElseThrow();
        assertThat(step.placement()).isEqualTo(StepPlacement.fills(StepSlot.SELECTION));
        assertThat(step.step().getClass().getClassLoader()).isInstanceOf(org.pf4j.PluginClassLoader.class);
    }
}
