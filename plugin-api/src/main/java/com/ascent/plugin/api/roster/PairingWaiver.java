package com.ascent.plugin.api.roster;

import java.time.Instant;
import java.util.UUID;

/**
 * HR's recorded exception: this HiPo deliberately goes without a mentor (or a coach) in this
 * program, and why. A step counts a HiPo with a waiver as done for that kind of pair.
 *
 * @param id           its id
 * @param version      optimistic-locking version
 * @param hipoMemberId the HiPo's roster member id
 * @param kind         the kind of pair the HiPo goes without
 * @param reason       why, in HR's words, e.g. "No mentor outside Finance is free; pairing in the spring cohort"
 * @param recordedBy   who recorded it
 * @param recordedAt   when
 */
public record PairingWaiver(UUID id, long version, UUID hipoMemberId, PairKind kind, String reason,
                            String recordedBy, Instant recordedAt) {
}
