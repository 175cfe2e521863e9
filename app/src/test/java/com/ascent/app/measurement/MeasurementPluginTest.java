package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.plugin.PluginRuntime;
import com.ascent.app.plugin.StepHandle;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The real PF4J runtime starts the Measurement plugin, which fills the wizard's measurement slot. */
@IntegrationTest
class MeasurementPluginTest {

    @Autowired
    PluginRuntime runtime;

    @Test
    void theMeasurementPluginIsStartedAndFillsTheMeasurementSlot() {
        assertThat(runtime.plugins())
                .filteredOn(p -> p.id().equals("ascent-step-measurement"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("STARTED");
                    assertThat(p.steps()).containsExactly("measurement");
                });
        assertThat(runtime.step("measurement")).get()
                .extracting(StepHandle::placement).isEqualTo(StepPlacement.fills(StepSlot.MEASUREMENT));
    }
}
