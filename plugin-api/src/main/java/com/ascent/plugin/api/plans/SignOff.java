package com.ascent.plugin.api.plans;

import java.time.Instant;

/**
 * The HiPo's manager agreed to the plan.
 *
 * @param managerName the manager as the people directory names them (empty if the HiPo has none)
 * @param recordedBy  the Ascent user who recorded the sign-off
 * @param signedAt    when
 */
public record SignOff(String managerName, String recordedBy, Instant signedAt) {
}
