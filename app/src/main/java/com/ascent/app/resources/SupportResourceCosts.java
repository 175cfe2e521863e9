package com.ascent.app.resources;

import com.ascent.app.database.OrganizationScope;
import com.ascent.app.measurement.ResourceCosts;
import com.ascent.plugin.api.measurement.CostCategory;
import com.ascent.plugin.api.measurement.CostLine;
import com.ascent.plugin.api.support.Assignment;
import com.ascent.plugin.api.support.AssignmentStatus;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The support step's resources as program costs of the ROI, one line per resource. An assignment
 * counts what was actually paid once that is recorded, else what was planned; a dropped one counts
 * only what was actually paid (a cancelled place may still cost its fee). Amounts are in the
 * organization's currency, like every amount in Ascent.
 */
@Component
class SupportResourceCosts implements ResourceCosts {

    private final AssignmentRepository assignments;
    private final OrganizationScope organization;

    SupportResourceCosts(AssignmentRepository assignments, OrganizationScope organization) {
        this.assignments = assignments;
        this.organization = organization;
    }

    @Override
    public List<CostLine> costsOf(UUID programId) {
        Map<UUID, String> titles = new LinkedHashMap<>();
        Map<UUID, BigDecimal> amounts = new LinkedHashMap<>();
        for (Assignment assignment : assignments.assignments(organization.require(), programId)) {
            titles.putIfAbsent(assignment.resourceId(), assignment.resourceTitle());
            amounts.merge(assignment.resourceId(), counted(assignment), BigDecimal::add);
        }
        return amounts.entrySet().stream().filter(e -> e.getValue().signum() != 0)
                .sorted(Map.Entry.comparingByKey((a, b) -> titles.get(a).compareToIgnoreCase(titles.get(b))))
                .map(e -> new CostLine(CostCategory.RESOURCES, titles.get(e.getKey()), null, e.getValue(), true))
                .toList();
    }

    /** What one assignment costs the program. */
    static BigDecimal counted(Assignment assignment) {
        if (assignment.actualCost() != null) {
            return assignment.actualCost();
        }
        return assignment.status() == AssignmentStatus.DROPPED ? BigDecimal.ZERO : assignment.plannedCost();
    }
}
