package com.ascent.plugin.api.plans;

import java.time.Instant;
import java.util.UUID;

/**
 * HR's recorded exception: this HiPo has no complete plan in this program, and why (for example a
 * long leave). The step counts a HiPo with an exception as done.
 *
 * @param id           its id
 * @param version      optimistic-locking version
 * @param hipoMemberId the HiPo's roster member id
 * @param reason       why, in HR's words
 * @param recordedBy   who recorded it
 * @param recordedAt   when
 */
public record PlanException(UUID id, long version, UUID hipoMemberId, String reason, String recordedBy,
                            Instant recordedAt) {
}
