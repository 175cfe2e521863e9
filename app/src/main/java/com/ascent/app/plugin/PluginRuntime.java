package com.ascent.app.plugin;

import com.ascent.plugin.api.PluginApi;
import com.ascent.plugin.api.WizardStep;
import com.ascent.app.AscentApplication;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.stereotype.Component;

/**
 * Loads and starts the step plugins once at start-up and answers which steps they offer.
 * Extensions are looked up per call, never cached, so the application always talks to the
 * plugin that is actually running. Updating a plugin in production is a restart.
 */
@Component
public class PluginRuntime implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PluginRuntime.class);

    private final AscentPluginManager manager;

    PluginRuntime(@Value("${ascent.plugins.dirs:}") String configuredDirs) {
        this.manager = new AscentPluginManager(pluginRoots(configuredDirs), PluginApi.VERSION);
        log.info("Loading plugins for plugin API {} from {}", PluginApi.VERSION, manager.getPluginsRoots());
        manager.loadPlugins();
        manager.startPlugins();
        manager.getPlugins().forEach(plugin -> log.info("Plugin {} {}: {}", plugin.getPluginId(),
                plugin.getDescriptor().getVersion(), state(plugin)));
    }

    /**
     * The configured plugin directories; when none are configured, the {@code plugins} directory
     * shipped beside the application's jar, or else the source tree's plugin modules (development).
     */
    private static List<Path> pluginRoots(String configuredDirs) {
        List<String> dirs = Arrays.stream(configuredDirs.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (dirs.isEmpty()) {
            File jar = new ApplicationHome(AscentApplication.class).getSource();
            Path shipped = jar != null && jar.isFile() ? jar.toPath().resolveSibling("plugins") : null;
            dirs = shipped != null && Files.isDirectory(shipped) ? List.of(shipped.toString())
                    : List.of("plugins", "../plugins");
        }
        return dirs.stream().map(dir -> Path.of(dir).toAbsolutePath().normalize())
                .filter(Files::isDirectory).distinct().toList();
    }

    /** Every plugin found, started or not, sorted by id. */
    public List<PluginInfo> plugins() {
        return manager.getPlugins().stream()
                .sorted(Comparator.comparing(PluginWrapper::getPluginId))
                .map(this::describe)
                .toList();
    }

    /** The steps offered by started plugins, sorted by plugin and step id. */
    public List<StepHandle> steps() {
        List<StepHandle> steps = new ArrayList<>();
        for (PluginWrapper plugin : startedPlugins()) {
            for (WizardStep step : manager.getExtensions(WizardStep.class, plugin.getPluginId())) {
                steps.add(new StepHandle(plugin.getPluginId(), step));
            }
        }
        steps.sort(Comparator.comparing(StepHandle::pluginId).thenComparing(StepHandle::stepId));
        return steps;
    }

    /** The started step with this id, if any. */
    public Optional<StepHandle> step(String stepId) {
        return steps().stream().filter(step -> step.stepId().equals(stepId)).findFirst();
    }

    /** The class loader of a plugin, for calls into it. */
    ClassLoader classLoader(String pluginId) {
        PluginWrapper plugin = manager.getPlugin(pluginId);
        return plugin != null ? plugin.getPluginClassLoader() : getClass().getClassLoader();
    }

    private List<PluginWrapper> startedPlugins() {
        return manager.getStartedPlugins().stream()
                .sorted(Comparator.comparing(PluginWrapper::getPluginId))
                .toList();
    }

    private PluginInfo describe(PluginWrapper plugin) {
        var descriptor = plugin.getDescriptor();
        List<String> steps = plugin.getPluginState() == PluginState.STARTED
                ? manager.getExtensions(WizardStep.class, plugin.getPluginId()).stream().map(WizardStep::id).sorted().toList()
                : List.of();
        return new PluginInfo(plugin.getPluginId(), descriptor.getVersion(), nullToEmpty(descriptor.getProvider()),
                nullToEmpty(descriptor.getPluginDescription()), nullToEmpty(descriptor.getRequires()), state(plugin),
                failureReason(plugin), steps);
    }

    private String state(PluginWrapper plugin) {
        return manager.invalidReason(plugin.getPluginId()).isPresent() ? PluginState.FAILED.name()
                : plugin.getPluginState().name();
    }

    private @Nullable String failureReason(PluginWrapper plugin) {
        Optional<String> invalid = manager.invalidReason(plugin.getPluginId());
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Throwable failure = plugin.getFailedException();
        return failure != null ? String.valueOf(failure.getMessage()) : null;
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public void destroy() {
        manager.stopPlugins();
        manager.unloadPlugins();
    }
}
