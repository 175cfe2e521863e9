package com.ascent.app.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.plugin.PluginRuntime;
import com.ascent.app.plugin.StepHandle;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** PF4J starts the Development plans plugin and finds its step. */
@IntegrationTest
class DevelopmentPlansPluginTest {

    @Autowired
    PluginRuntime runtime;

    @Test
    void theDevelopmentPlansPluginIsStartedAndFillsItsSlot() {
        assertThat(runtime.plugins())
                .filteredOn(p -> p.id().equals("ascent-step-development-plans"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("STARTED");
                    assertThat(p.steps()).containsExactly("development-plans");
                });
        assertThat(runtime.step("development-plans")).get()
                .extracting(StepHandle::placement).isEqualTo(StepPlacement.fills(StepSlot.DEVELOPMENT_PLANS));
    }
}
