package com.ascent.app.audit;

import com.ascent.app.format.DayRange;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Which events of the trail to show: a period, who acted, the kind of record, the program; null means any. */
public record AuditFilter(DayRange period, @Nullable UUID actorId, @Nullable AuditArea area, @Nullable UUID programId) {

    /** The whole trail. */
    public static final AuditFilter ALL = new AuditFilter(DayRange.ALL, null, null, null);
}
