package com.ascent.app.measurement;

import com.ascent.plugin.api.measurement.CostLine;
import java.util.List;
import java.util.UUID;

/**
 * The seam through which the support step's resource costs (step 5) enter the ROI. Every Spring
 * bean implementing it is asked for a program's costs in the current organization; its lines
 * should have category {@link com.ascent.plugin.api.measurement.CostCategory#RESOURCES} and
 * {@code fromSupport} true, amounts in the organization's currency. With no bean, the ROI
 * counts only the costs entered in the Measurement step.
 */
public interface ResourceCosts {

    /** The resource costs of {@code programId}, read in the caller's transaction. */
    List<CostLine> costsOf(UUID programId);
}
