package com.ascent.app.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Ongoing support plugin of the source tree is started by PF4J and fills its slot. */
@IntegrationTest
class SupportPluginRuntimeTest {

    @Autowired
    PluginRuntime runtime;

    @Test
    void theSupportPluginIsStartedAndOffersItsStep() {
        assertThat(runtime.plugins())
                .filteredOn(p -> p.id().equals("ascent-step-support"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("STARTED");
                    assertThat(p.steps()).containsExactly("support");
                });
        StepHandle step = runtime.step("support").orElseThrow();
        assertThat(step.placement()).isEqualTo(StepPlacement.fills(StepSlot.SUPPORT));
        assertThat(step.step().getClass().getClassLoader()).isInstanceOf(org.pf4j.PluginClassLoader.class);
    }
}
