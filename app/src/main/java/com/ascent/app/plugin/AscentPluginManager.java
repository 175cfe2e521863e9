package com.ascent.app.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.BasePluginLoader;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginClasspath;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginWrapper;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * PF4J's plugin manager set up for Ascent: plugins come either as jars in a plugins directory
 * (the packaged application) or as the compiled classes of the source tree's plugin modules
 * ({@code plugins/<module>/target/classes}, for development). The plugin API version is the
 * system version; a plugin that requires another one is kept out and its reason remembered.
 */
final class AscentPluginManager extends DefaultPluginManager {

    private final Map<String, String> invalidReasons = new ConcurrentHashMap<>();

    AscentPluginManager(List<Path> pluginRoots, String systemVersion) {
        super(pluginRoots);
        setSystemVersion(systemVersion);
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new PluginLocations(getPluginsRoots());
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new CompoundPluginDescriptorFinder()
                .add(new PropertiesPluginDescriptorFinder())
                .add(new ManifestPluginDescriptorFinder());
    }

    @Override
    protected PluginLoader createPluginLoader() {
        PluginClasspath classesOnly = new PluginClasspath().addClassesDirectories(".");
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this))
                .add(new BasePluginLoader(this, classesOnly) {
                    @Override
                    public boolean isApplicable(Path pluginPath) {
                        return Files.isDirectory(pluginPath);
                    }
                });
    }

    @Override
    protected boolean isPluginValid(PluginWrapper plugin) {
        boolean valid = super.isPluginValid(plugin);
        if (!valid) {
            invalidReasons.put(plugin.getPluginId(), "requires plugin API " + plugin.getDescriptor().getRequires()
                    + " but this Ascent provides " + getSystemVersion());
        }
        return valid;
    }

    /** Why the plugin was refused at load time, if it was. */
    Optional<String> invalidReason(String pluginId) {
        return Optional.ofNullable(invalidReasons.get(pluginId));
    }
}
