/**
 * How the participants of the context's program take part while it runs: sessions held, goals
 * updated and 360 feedback answered, per HiPo. Read-only.
 *
 * @since 1.5.0
 */
@NullMarked
package com.ascent.plugin.api.progress;

import org.jspecify.annotations.NullMarked;
