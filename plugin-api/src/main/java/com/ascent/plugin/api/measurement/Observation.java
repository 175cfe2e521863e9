package com.ascent.plugin.api.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One value of a metric for one person.
 *
 * @param id              its id
 * @param version         optimistic-locking version
 * @param metricId        the metric
 * @param personId        the person (people directory id)
 * @param personName      the person's name, for display
 * @param observedOn      when it was taken
 * @param phase           baseline or follow-up
 * @param value           the value in the metric's unit
 * @param comparisonGroup true for a non-participant of the comparison group
 */
public record Observation(UUID id, long version, UUID metricId, UUID personId, String personName,
                          LocalDate observedOn, Phase phase, BigDecimal value, boolean comparisonGroup) {
}
