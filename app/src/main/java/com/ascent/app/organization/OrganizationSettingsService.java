package com.ascent.app.organization;

import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.ConcurrentEditException;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The active organization's settings: everyone reads them, administrators change them. */
@Service
public class OrganizationSettingsService {

    private final OrganizationSettingsRepository repository;
    private final OrganizationScope organization;

    OrganizationSettingsService(OrganizationSettingsRepository repository, OrganizationScope organization) {
        this.repository = repository;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    public OrganizationSettings current() {
        return repository.find(organization.require());
    }

    /** Saves {@code settings}; refused when someone else saved them since they were read. */
    @Transactional
    @RolesAllowed("ADMIN")
    public OrganizationSettings save(OrganizationSettings settings) {
        if (!repository.update(organization.require(), settings)) {
            throw new ConcurrentEditException("organization.error.concurrentEdit");
        }
        return repository.find(organization.require());
    }
}
