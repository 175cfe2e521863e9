package com.ascent.app.measurement;

import com.ascent.plugin.api.measurement.RaterRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is asked about each HiPo: the roles taken from the roster and the directory (mentor and coach
 * from the HiPo's confirmed pairs, the manager and the direct reports from the directory) and the
 * peers HR chose per HiPo (people of the directory, by roster member id of the HiPo).
 */
public record RaterChoice(Set<RaterRole> roles, Map<UUID, List<UUID>> peersByHipo) {

    public RaterChoice {
        roles = Set.copyOf(roles);
        peersByHipo = Map.copyOf(peersByHipo);
    }
}
