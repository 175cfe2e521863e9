package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A value as entered. Refused when the metric is not in the plan, when a participant is not a HiPo
 * of the program or a comparison-group member is on its roster, or when a follow-up is dated before
 * the metric's baseline date. Recording a value for the same metric, person, phase and date again
 * replaces it.
 *
 * @param metricId        the metric
 * @param personId        the person (people directory id)
 * @param observedOn      when it was taken
 * @param phase           baseline or follow-up
 * @param value           the value
 * @param comparisonGroup true for a non-participant
 */
public record ObservationDraft(UUID metricId, UUID personId, LocalDate observedOn, Phase phase, BigDecimal value,
                               boolean comparisonGroup) {
}
