package com.ascent.app.people;

import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
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
}
