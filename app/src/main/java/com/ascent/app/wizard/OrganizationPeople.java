package com.ascent.app.wizard;

import com.ascent.app.people.PeopleDirectory;
import com.ascent.plugin.api.people.PeopleQuery;
import com.ascent.plugin.api.people.PeopleService;
import com.ascent.plugin.api.people.Person;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The plugin API's view of the people directory. */
record OrganizationPeople(PeopleDirectory directory) implements PeopleService {

    @Override
    public List<Person> find(PeopleQuery query, int offset, int limit) {
        return directory.find(query, offset, limit);
    }

    @Override
    public int count(PeopleQuery query) {
        return directory.count(query);
    }

    @Override
    public Optional<Person> get(UUID id) {
        return directory.get(id);
    }
}
