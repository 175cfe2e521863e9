package com.ascent.app.people;

import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the current organization's people directory. */
@Service
public class PeopleDirectory {

    private final PersonRepository people;
    private final OrganizationScope organization;

    PeopleDirectory(PersonRepository people, OrganizationScope organization) {
        this.people = people;
        this.organization = organization;
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<Person> find(PeopleQuery query, int offset, int limit) {
        return people.find(organization.require(), query, offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public int count(PeopleQuery query) {
        return people.count(organization.require(), query);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public Optional<Person> get(UUID id) {
        return people.get(organization.require(), id);
    }

    /** The people with these ids who belong to the organization, by id. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public Map<UUID, Person> getAll(Collection<UUID> ids) {
        return people.getAll(organization.require(), ids);
    }

    /**
     * The reporting line of each of these people: the ids of their manager, their manager's
     * manager and so on up to the top, nearest first. People without a manager map to an empty list.
     */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public Map<UUID, List<UUID>> reportingLines(Collection<UUID> ids) {
        return people.reportingLines(organization.require(), ids);
    }
}
