package com.ascent.app.plugin;

import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/** {@code /actuator/plugins}: the operator's view of every plugin, its state and its steps. */
@Component
@Endpoint(id = "plugins")
class PluginsEndpoint {

    private final PluginRuntime runtime;

    PluginsEndpoint(PluginRuntime runtime) {
        this.runtime = runtime;
    }

    @ReadOperation
    List<PluginInfo> plugins() {
        return runtime.plugins();
    }
}
