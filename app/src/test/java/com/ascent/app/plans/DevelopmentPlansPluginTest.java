package com.ascent.app.plans;

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

/** PF4J starts the Development plans plugin from its own module and finds its step; the operator sees it started. */
@IntegrationTest
class DevelopmentPlansPluginTest {

    static final String PLUGIN = "ascent-step-development-plans";

    @Autowired
    PluginRuntime runtime;
    @Autowired
    WebApplicationContext web;

    @Test
    void theDevelopmentPlansPluginIsStartedAndFillsItsSlot() {
        StepHandle step = runtime.step("development-plans").orElseThrow();
        assertThat(step.placement()).isEqualTo(StepPlacement.fills(StepSlot.DEVELOPMENT_PLANS));
        assertThat(step.step().getClass().getClassLoader()).as("loaded by PF4J from plugins/development-plans")
                .isInstanceOf(org.pf4j.PluginClassLoader.class);
    }

    @Test
    void theOperatorEndpointReportsThePluginStartedWithItsStep() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        mvc.perform(get("/actuator/plugins"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '%s')].state", PLUGIN).value(contains("STARTED")))
                .andExpect(jsonPath("$[?(@.id == '%s')].steps[*]", PLUGIN).value(contains("development-plans")));
    }
}
