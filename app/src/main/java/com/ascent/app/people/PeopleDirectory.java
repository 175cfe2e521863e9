package com.ascent.app.people;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.text.InputText;
import com.ascent.plugin.api.ConcurrentEditException;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.Person;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current organization's people directory: everyone reads it (plugins too, through the
 * plugin API), HR adds and edits people. A person of another organization does not exist as far
 * as this service is concerned, not even by id.
 */
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
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public Optional<Person> get(UUID id) {
        return people.get(organization.require(), id);
    }

    /** The people with these ids who belong to the organization, by id. */
    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public Map<UUID, Person> getAll(Collection<UUID> ids) {
        return people.getAll(organization.require(), ids);
    }

    /**
     * The reporting line of each of these people: the ids of their manager, their manager's
     * manager and so on up to the top, nearest first. People without a manager map to an empty list.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({"VIEWER", "PARTICIPANT"})
    public Map<UUID, List<UUID>> reportingLines(Collection<UUID> ids) {
        return people.reportingLines(organization.require(), ids);
    }

    /** One page of the directory screen: the people matching {@code query} with their managers' names. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public List<PersonEntry> list(PeopleQuery query, PeopleSort sort, int offset, int limit) {
        return people.list(organization.require(), query, sort, offset, limit);
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public Optional<PersonEntry> entry(UUID id) {
        return people.entry(organization.require(), id);
    }

    /** The functions, locations and levels that occur, for the directory's filters. */
    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public FilterOptions filterOptions() {
        return people.filterOptions(organization.require());
    }

    /**
     * Adds a person.
     *
     * @throws InvalidInputException naming the {@link PersonDraft} component at fault
     */
    @Transactional
    @RolesAllowed("HR")
    public PersonEntry create(PersonDraft draft) {
        UUID organizationId = organization.require();
        PersonDraft clean = validate(organizationId, null, draft);
        try {
            return people.insert(organizationId, clean);
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("employeeId", "people.error.employeeIdTaken");
        }
    }

    /**
     * Changes a person, unless someone changed them since {@code expectedVersion} was read.
     *
     * @throws InvalidInputException   naming the {@link PersonDraft} component at fault
     * @throws ConcurrentEditException when the person was changed or removed meanwhile; nothing is overwritten
     */
    @Transactional
    @RolesAllowed("HR")
    public PersonEntry update(UUID id, long expectedVersion, PersonDraft draft) {
        UUID organizationId = organization.require();
        PersonDraft clean = validate(organizationId, id, draft);
        try {
            return people.update(organizationId, id, expectedVersion, clean)
                    .orElseThrow(() -> new ConcurrentEditException("people.error.concurrentEdit"));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException("employeeId", "people.error.employeeIdTaken");
        }
    }

    private PersonDraft validate(UUID organizationId, @Nullable UUID personId, PersonDraft draft) {
        PersonDraft typed = InputText.clean(draft);
        PersonDraft clean = new PersonDraft(typed.employeeId(), typed.fullName(), typed.email(), typed.function(),
                typed.title(), typed.level(), typed.managerId(), typed.location(), typed.hireDate(), typed.performance(),
                typed.potential(), PersonRules.skills(typed.skills()),
                typed.timeZone() == null || typed.timeZone().isBlank() ? null : typed.timeZone());
        if (clean.timeZone() != null && !ZoneId.getAvailableZoneIds().contains(clean.timeZone())) {
            throw new InvalidInputException("timeZone", "people.error.timeZone");
        }
        require(clean.employeeId(), "employeeId", "people.error.employeeIdRequired");
        require(clean.fullName(), "fullName", "people.error.nameRequired");
        require(clean.email(), "email", "people.error.emailRequired");
        if (!PersonRules.isEmail(clean.email())) {
            throw new InvalidInputException("email", "people.error.emailInvalid");
        }
        require(clean.function(), "function", "people.error.functionRequired");
        require(clean.title(), "title", "people.error.titleRequired");
        if (!PersonRules.isLevel(clean.level())) {
            throw new InvalidInputException("level", "people.error.levelRange");
        }
        require(clean.location(), "location", "people.error.locationRequired");
        if (!PersonRules.isRating(clean.performance())) {
            throw new InvalidInputException("performance", "people.error.ratingRange");
        }
        if (!PersonRules.isRating(clean.potential())) {
            throw new InvalidInputException("potential", "people.error.ratingRange");
        }
        if (people.employeeIdTaken(organizationId, clean.employeeId(), personId)) {
            throw new InvalidInputException("employeeId", "people.error.employeeIdTaken");
        }
        validateManager(organizationId, personId, clean.managerId());
        return clean;
    }

    private void validateManager(UUID organizationId, @Nullable UUID personId, @Nullable UUID managerId) {
        if (managerId == null) {
            return;
        }
        if (managerId.equals(personId)) {
            throw new InvalidInputException("managerId", "people.error.managerSelf");
        }
        if (people.get(organizationId, managerId).isEmpty()) {
            throw new InvalidInputException("managerId", "people.error.managerUnknown");
        }
        if (personId != null && people.reportsTo(organizationId, managerId, personId)) {
            throw new InvalidInputException("managerId", "people.error.managerCycle");
        }
    }

    private static void require(String value, String field, String messageKey) {
        if (value.isEmpty()) {
            throw new InvalidInputException(field, messageKey);
        }
    }
}
