package com.ascent.app.objectives;

import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.StrategyStatement;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's strategy statements and leadership capability library, shared by all its
 * programs. Exceptions carry translation keys of the {@code objectives} bundle.
 */
@Service
public class StrategyLibraryService {

    private final StrategyRepository strategy;
    private final OrganizationScope organization;

    StrategyLibraryService(StrategyRepository strategy, OrganizationScope organization) {
        this.strategy = strategy;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<StrategyStatement> statements() {
        return strategy.statements(organization.require());
    }

    @Transactional
    @RolesAllowed("HR")
    public StrategyStatement addStatement(StrategyStatement.Kind kind, String text) {
        requireText(text);
        return strategy.insertStatement(organization.require(), kind, text);
    }

    @Transactional
    @RolesAllowed("HR")
    public StrategyStatement updateStatement(UUID id, long expectedVersion, String text) {
        requireText(text);
        return strategy.updateStatement(organization.require(), id, expectedVersion, text)
                .orElseThrow(() -> new ConcurrentEditException("objectives.error.concurrentEdit"));
    }

    @Transactional
    @RolesAllowed("HR")
    public void removeStatement(UUID id, long expectedVersion) {
        if (!strategy.deleteStatement(organization.require(), id, expectedVersion)) {
            throw new ConcurrentEditException("objectives.error.concurrentEdit");
        }
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<Capability> capabilities() {
        return strategy.capabilities(organization.require());
    }

    @Transactional
    @RolesAllowed("HR")
    public Capability addCapability(String name, String description, List<String> behaviours) {
        UUID org = organization.require();
        validateCapability(org, name, Optional.empty());
        return strategy.insertCapability(org, name, description, behaviours);
    }

    @Transactional
    @RolesAllowed("HR")
    public Capability updateCapability(UUID id, long expectedVersion, String name, String description,
                                       List<String> behaviours) {
        UUID org = organization.require();
        validateCapability(org, name, Optional.of(id));
        return strategy.updateCapability(org, id, expectedVersion, name, description, behaviours)
                .orElseThrow(() -> new ConcurrentEditException("objectives.error.concurrentEdit"));
    }

    private static void requireText(String text) {
        if (text.isBlank()) {
            throw new InvalidInputException("text", "objectives.error.statementRequired");
        }
    }

    private void validateCapability(UUID org, String name, Optional<UUID> self) {
        if (name.isBlank()) {
            throw new InvalidInputException("name", "objectives.error.capabilityNameRequired");
        }
        if (strategy.capabilityNameTaken(org, name, self)) {
            throw new InvalidInputException("name", "objectives.error.capabilityNameTaken");
        }
    }
}
