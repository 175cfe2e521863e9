package com.ascent.plugin.api.support;

import java.util.UUID;

/**
 * HR's recorded decision that a HiPo needs no resources beyond coaching and mentoring.
 *
 * @param id           its id
 * @param version      optimistic-locking version
 * @param hipoMemberId the HiPo's roster member id
 * @param reason       why, in HR's words
 * @param recordedBy   who recorded it
 */
public record NoSupportDecision(UUID id, long version, UUID hipoMemberId, String reason, String recordedBy) {
}
