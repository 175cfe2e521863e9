package com.ascent.app.wizard;

import com.ascent.app.i18n.AscentI18NProvider;
import com.ascent.app.resources.ResourceService;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.Budget;
import com.ascent.plugin.api.support.CatalogueImportException;
import com.ascent.plugin.api.support.ImportProblem;
import com.ascent.plugin.api.support.NoSupportDecision;
import com.ascent.plugin.api.support.Resource;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.Suggestion;
import com.ascent.plugin.api.support.SupportService;
import com.ascent.plugin.api.support.Tracking;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The plugin API's view of the organization's resource catalogue and one program's support. */
record ProgramSupport(ResourceService resources, UUID programId, HostMessages messages) implements SupportService {

    @Override
    public List<Resource> catalogue() {
        return messages.translated(resources::catalogue);
    }

    @Override
    public Optional<Resource> resource(UUID id) {
        return messages.translated(() -> resources.resource(id));
    }

    @Override
    public Resource addResource(ResourceDraft draft) {
        return messages.translated(() -> resources.addResource(draft));
    }

    @Override
    public Resource updateResource(UUID id, long expectedVersion, ResourceDraft draft) {
        return messages.translated(() -> resources.updateResource(id, expectedVersion, draft));
    }

    @Override
    public void removeResource(UUID id, long expectedVersion) {
        messages.translated(() -> resources.removeResource(id, expectedVersion));
    }

    @Override
    public List<Resource> importCatalogue(byte[] csv) {
        try {
            return messages.translated(() -> resources.importCatalogue(csv));
        } catch (CatalogueImportException e) {
            AscentI18NProvider i18n = messages.i18n();
            throw new CatalogueImportException(e.problems().stream()
                    .map(p -> new ImportProblem(p.line(), p.field(), i18n.getTranslation(p.message(), messages.locale())))
                    .toList());
        }
    }

    @Override
    public List<Assignment> assignments() {
        return messages.translated(() -> resources.assignments(programId));
    }

    @Override
    public List<Assignment> scheduled() {
        return messages.translated(() -> resources.scheduled(programId));
    }

    @Override
    public Assignment assign(UUID resourceId, UUID hipoMemberId, @Nullable UUID goalId, AssignmentStatus status) {
        return messages.translated(() -> resources.assign(programId, resourceId, hipoMemberId, goalId, status));
    }

    @Override
    public List<Assignment> assignAll(UUID resourceId, List<UUID> hipoMemberIds, AssignmentStatus status) {
        return messages.translated(() -> resources.assignAll(programId, resourceId, hipoMemberIds, status));
    }

    @Override
    public Assignment track(UUID id, long expectedVersion, Tracking tracking) {
        return messages.translated(() -> resources.track(programId, id, expectedVersion, tracking));
    }

    @Override
    public void removeAssignment(UUID id, long expectedVersion) {
        messages.translated(() -> resources.removeAssignment(programId, id, expectedVersion));
    }

    @Override
    public List<Suggestion> suggestions() {
        return messages.translated(() -> resources.suggestions(programId));
    }

    @Override
    public List<NoSupportDecision> decisions() {
        return messages.translated(() -> resources.decisions(programId));
    }

    @Override
    public NoSupportDecision decideNoSupport(UUID hipoMemberId, String reason) {
        return messages.translated(() -> resources.decideNoSupport(programId, hipoMemberId, reason));
    }

    @Override
    public void removeDecision(UUID id, long expectedVersion) {
        messages.translated(() -> resources.removeDecision(programId, id, expectedVersion));
    }

    @Override
    public Budget budget() {
        return messages.translated(() -> resources.budget(programId));
    }
}
