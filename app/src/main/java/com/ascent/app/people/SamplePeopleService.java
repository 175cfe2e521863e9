package com.ascent.app.people;

import com.ascent.app.database.OrganizationScope;
import com.ascent.plugin.api.InvalidInputException;
import com.ascent.plugin.api.people.PeopleQuery;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An invented organization to try Ascent with before real data is imported: a few hundred
 * people in realistic functions, levels, locations and reporting lines, with ratings across the
 * whole 9-box. Every sample person is marked as such, and all of them can be removed at once.
 */
@Service
public class SamplePeopleService {

    /** The seed of the sample organization: everyone who loads it gets the same people. */
    public static final long SEED = 20_270_111L;
    /** How many people the sample organization has. */
    public static final int SIZE = 300;

    private final PersonRepository people;
    private final PersonBulkRepository bulk;
    private final PeopleWriter writer;
    private final OrganizationScope organization;

    SamplePeopleService(PersonRepository people, PersonBulkRepository bulk, PeopleWriter writer,
                        OrganizationScope organization) {
        this.people = people;
        this.bulk = bulk;
        this.writer = writer;
        this.organization = organization;
    }

    /**
     * Fills an empty directory with the sample organization.
     *
     * @return how many sample people were added
     * @throws InvalidInputException when the directory is not empty any more
     */
    @Transactional
    @RolesAllowed("HR")
    public int loadSampleOrganization() {
        UUID organizationId = organization.require();
        bulk.lockForBulkWrite(organizationId);
        if (people.count(organizationId, PeopleQuery.all()) > 0) {
            throw new InvalidInputException("sample", "people.sample.error.notEmpty");
        }
        List<PersonRow> sample = SampleOrganization.generate(SEED, SIZE);
        writer.write(organizationId, sample, new DirectorySnapshot(Map.of(), Map.of()),
                EnumSet.allOf(PersonField.class), true, saved -> { });
        return sample.size();
    }

    /** Removes every sample person (real people who reported to one keep no manager). */
    @Transactional
    @RolesAllowed("HR")
    public int removeSamplePeople() {
        return people.deleteSample(organization.require());
    }

    @Transactional(readOnly = true)
    @RolesAllowed("VIEWER")
    public int countSamplePeople() {
        return people.countSample(organization.require());
    }
}
