package com.ascent.plugin.api.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the organization's people directory, sorted by name. */
public interface PeopleService {

    /** One page of the people matching {@code query}, sorted by name. */
    List<Person> find(PeopleQuery query, int offset, int limit);

    /** How many people match {@code query}. */
    int count(PeopleQuery query);

    /** The person with this id, if they belong to the organization. */
    Optional<Person> get(UUID id);
}
