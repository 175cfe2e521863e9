package com.ascent.app.objectives;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InUseException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.objectives.Capability;
import com.ascent.plugin.api.objectives.CapabilityDraft;
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
        text = InputText.text("text", text);
        UUID org = organization.require();
        validateStatement(org, kind, text, Optional.empty());
        return strategy.insertStatement(org, kind, text);
    }

    @Transactional
    @RolesAllowed("HR")
    public StrategyStatement updateStatement(UUID id, long expectedVersion, String text) {
        text = InputText.text("text", text);
        UUID org = organization.require();
        StrategyStatement.Kind kind = strategy.statementKind(org, id)
                .orElseThrow(() -> new ConcurrentEditException("objectives.error.gone"));
        validateStatement(org, kind, text, Optional.of(id));
        return strategy.updateStatement(org, id, expectedVersion, text)
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
    public Capability addCapability(CapabilityDraft draft) {
        draft = InputText.clean(draft, "description");
        UUID org = organization.require();
        CapabilityDraft clean = validateCapability(org, draft, Optional.empty());
        return strategy.insertCapability(org, clean);
    }

    /** Adds all or, when one of them breaks a rule, none (the transaction rolls back). */
    @Transactional
    @RolesAllowed("HR")
    public List<Capability> addCapabilities(List<CapabilityDraft> drafts) {
        drafts = drafts.stream().map(draft -> InputText.clean(draft, "description")).toList();
        UUID org = organization.require();
        return drafts.stream()
                .map(draft -> strategy.insertCapability(org, validateCapability(org, draft, Optional.empty())))
                .toList();
    }

    @Transactional
    @RolesAllowed("HR")
    public Capability updateCapability(UUID id, long expectedVersion, CapabilityDraft draft) {
        draft = InputText.clean(draft, "description");
        UUID org = organization.require();
        CapabilityDraft clean = validateCapability(org, draft, Optional.of(id));
        return strategy.updateCapability(org, id, expectedVersion, clean)
                .orElseThrow(() -> new ConcurrentEditException("objectives.error.concurrentEdit"));
    }

    /** Removes a capability that nothing uses; objectives and plan gaps that use it keep it. */
    @Transactional
    @RolesAllowed("HR")
    public void removeCapability(UUID id, long expectedVersion) {
        UUID org = organization.require();
        if (strategy.capabilityInUse(org, id)) {
            throw new InUseException("objectives.error.capabilityInUse");
        }
        if (!strategy.deleteCapability(org, id, expectedVersion)) {
            throw new ConcurrentEditException("objectives.error.concurrentEdit");
        }
    }

    private void validateStatement(UUID org, StrategyStatement.Kind kind, String text, Optional<UUID> self) {
        if (text.isBlank()) {
            throw new InvalidInputException("text", "objectives.error.statementRequired");
        }
        if (strategy.statementTaken(org, kind, text, self)) {
            throw new InvalidInputException("text", "objectives.error.statementTaken");
        }
    }

    /** The draft as it is stored: trimmed, without empty behaviours; refused when its name is empty or taken. */
    private CapabilityDraft validateCapability(UUID org, CapabilityDraft draft, Optional<UUID> self) {
        if (draft.name().isBlank()) {
            throw new InvalidInputException("name", "objectives.error.capabilityNameRequired");
        }
        if (strategy.capabilityNameTaken(org, draft.name(), self)) {
            throw new InvalidInputException("name", "objectives.error.capabilityNameTaken");
        }
        return new CapabilityDraft(draft.name().trim(), draft.description().trim(),
                draft.behaviours().stream().map(String::trim).filter(b -> !b.isEmpty()).toList());
    }
}
