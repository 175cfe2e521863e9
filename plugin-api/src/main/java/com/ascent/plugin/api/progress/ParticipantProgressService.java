package com.ascent.plugin.api.progress;

import java.util.List;

/**
 * The participants' progress in the context's program, read-only.
 *
 * @since 1.5.0
 */
@FunctionalInterface
public interface ParticipantProgressService {

    /** Every HiPo of the program, by name. */
    List<ParticipantProgress> participants();
}
