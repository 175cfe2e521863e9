/** The canonical objectives model: strategy statements, capability library, objectives and indicators. */
@NullMarked
package com.ascent.app.objectives;

import org.jspecify.annotations.NullMarked;
