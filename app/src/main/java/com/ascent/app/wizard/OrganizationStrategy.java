package com.ascent.app.wizard;

import com.ascent.app.objectives.StrategyLibraryService;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.CapabilityDraft;
import com.ascent.plugin.api.objectives.StrategyService;
import com.ascent.plugin.api.objectives.StrategyStatement;
import java.util.List;
import java.util.UUID;

/** The plugin API's view of the organization's strategy statements and capability library. */
record OrganizationStrategy(StrategyLibraryService library, HostMessages messages) implements StrategyService {

    @Override
    public List<StrategyStatement> statements() {
        return library.statements();
    }

    @Override
    public StrategyStatement addStatement(StrategyStatement.Kind kind, String text) {
        return messages.translated(() -> library.addStatement(kind, text));
    }

    @Override
    public StrategyStatement updateStatement(UUID id, long expectedVersion, String text) {
        return messages.translated(() -> library.updateStatement(id, expectedVersion, text));
    }

    @Override
    public void removeStatement(UUID id, long expectedVersion) {
        messages.translated(() -> library.removeStatement(id, expectedVersion));
    }

    @Override
    public List<Capability> capabilities() {
        return library.capabilities();
    }

    @Override
    public Capability addCapability(String name, String description, List<String> behaviours) {
        return messages.translated(() -> library.addCapability(new CapabilityDraft(name, description, behaviours)));
    }

    @Override
    public List<Capability> addCapabilities(List<CapabilityDraft> capabilities) {
        return messages.translated(() -> library.addCapabilities(capabilities));
    }

    @Override
    public Capability updateCapability(UUID id, long expectedVersion, String name, String description,
                                       List<String> behaviours) {
        return messages.translated(() -> library.updateCapability(id, expectedVersion,
                new CapabilityDraft(name, description, behaviours)));
    }

    @Override
    public void removeCapability(UUID id, long expectedVersion) {
        messages.translated(() -> library.removeCapability(id, expectedVersion));
    }
}
