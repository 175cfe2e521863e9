package com.ascent.app.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.ascent.app.plugin.PluginRuntime;
import com.ascent.app.plugin.StepHandle;
import com.ascent.app.support.IntegrationTest;
import com.ascent.plugin.api.StepPlacement;
import com.ascent.plugin.api.StepSlot;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The real PF4J runtime starts the Measurement plugin, which fills the wizard's measurement slot. */
@IntegrationTest
class MeasurementPluginTest {

    private static final String ID = "ascent-step-measurement";

    @Autowired
    PluginRuntime runtime;
    @Autowired
    WebApplicationContext web;

    @Test
    void theMeasurementPluginIsStartedAndFillsTheMeasurementSlot() {
        assertThat(runtime.plugins())
                .filteredOn(p -> p.id().equals(ID))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.state()).isEqualTo("STARTED");
                    assertThat(p.steps()).containsExactly("measurement");
                    assertThat(p.requires()).as("it shows the participants' progress (StepContext.progress()) of 1.5.0").isEqualTo(">=1.5.0 & <2.0.0");
                });
        assertThat(runtime.step("measurement")).get()
                .extracting(StepHandle::placement).isEqualTo(StepPlacement.fills(StepSlot.MEASUREMENT));
    }

    @Test
    void theOperatorEndpointReportsItStarted() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        mvc.perform(get("/actuator/plugins"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '%s')].state", ID).value(contains("STARTED")))
                .andExpect(jsonPath("$[?(@.id == '%s')].steps[*]", ID).value(contains("measurement")));
    }
}
