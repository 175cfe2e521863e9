package com.ascent.app.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.ascent.app.measurement.ProgramMeasurementService;
import com.ascent.app.security.Role;
import com.ascent.app.security.TestAccounts;
import com.ascent.app.security.TestAccounts.Account;
import com.ascent.app.support.IntegrationTest;
import com.ascent.app.support.TestPairs;
import com.ascent.app.support.TestPairs.Cohort;
import com.ascent.plugin.api.measurement.CostCategory;
import com.ascent.plugin.api.measurement.CostDraft;
import com.ascent.plugin.api.measurement.CostLine;
import com.ascent.plugin.api.measurement.RoiResult;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import com.ascent.plugin.api.support.ResourceDraft;
import com.ascent.plugin.api.support.ResourceType;
import com.ascent.plugin.api.support.Tracking;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The support step's resources enter the Measurement step's ROI: actual cost once known, else planned. */
@IntegrationTest
class SupportResourceCostsTest {

    static final LocalDate START = LocalDate.of(2027, 1, 11);

    @Autowired
    ResourceService resources;
    @Autowired
    ProgramMeasurementService measurement;
    @Autowired
    TestPairs pairs;
    @Autowired
    TestAccounts accounts;

    Account hr;
    Cohort cohort;
    UUID course;

    @BeforeEach
    void cohortAndACourse() {
        hr = accounts.newOrganization(Role.HR);
        accounts.signIn(hr);
        cohort = pairs.programWithPairs(hr.organizationId(), START);
        course = resources.addResource(new ResourceDraft(ResourceType.ONLINE_COURSE, "Strategic sales leadership",
                "Business school", null, null, null, null, null, null, null, null, new BigDecimal("1500"), List.of())).id();
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    @Test
    void plannedCostsCountUntilTheActualCostIsRecorded() {
        List<Assignment> both = resources.assignAll(cohort.programId(), course,
                List.of(cohort.ana().id(), cohort.ben().id()), AssignmentStatus.ENROLLED);
        measurement.addCost(cohort.programId(), new CostDraft(CostCategory.COACH_FEES, "", null, new BigDecimal("500")));

        assertThat(resourceLine().amount()).isEqualByComparingTo("3000");
        assertThat(measurement.roi(cohort.programId()).totalCosts()).isEqualByComparingTo("3500");

        Assignment anas = both.getFirst();
        resources.track(cohort.programId(), anas.id(), anas.version(),
                new Tracking(AssignmentStatus.COMPLETED, START.plusMonths(1), 4, new BigDecimal("1250")));

        CostLine line = resourceLine();
        assertThat(line.amount()).isEqualByComparingTo("2750");
        assertThat(line.category()).isEqualTo(CostCategory.RESOURCES);
        assertThat(line.description()).isEqualTo("Strategic sales leadership");
        assertThat(measurement.roi(cohort.programId()).totalCosts()).isEqualByComparingTo("3250");
    }

    @Test
    void aDroppedPlaceCountsOnlyWhatWasPaidForIt() {
        Assignment bens = resources.assign(cohort.programId(), course, cohort.ben().id(), null, AssignmentStatus.ENROLLED);
        Assignment dropped = resources.track(cohort.programId(), bens.id(), bens.version(),
                new Tracking(AssignmentStatus.DROPPED, null, null, null));

        assertThat(measurement.roi(cohort.programId()).costs()).noneMatch(CostLine::fromSupport);

        resources.track(cohort.programId(), dropped.id(), dropped.version(),
                new Tracking(AssignmentStatus.DROPPED, null, null, new BigDecimal("300")));
        assertThat(resourceLine().amount()).as("a late cancellation fee").isEqualByComparingTo("300");
    }

    @Test
    void anotherOrganizationsResourcesNeverEnterTheRoi() {
        resources.assign(cohort.programId(), course, cohort.ana().id(), null, AssignmentStatus.ENROLLED);
        Account other = accounts.newOrganization(Role.HR);
        accounts.signIn(other);
        Cohort theirs = pairs.programWithPairs(other.organizationId(), START);

        RoiResult roi = measurement.roi(theirs.programId());

        assertThat(roi.costs()).isEmpty();
        assertThat(measurement.roi(cohort.programId()).costs()).as("nor may they read ours").isEmpty();
    }

    private CostLine resourceLine() {
        List<CostLine> lines = measurement.roi(cohort.programId()).costs().stream().filter(CostLine::fromSupport).toList();
        assertThat(lines).hasSize(1);
        return lines.getFirst();
    }
}
