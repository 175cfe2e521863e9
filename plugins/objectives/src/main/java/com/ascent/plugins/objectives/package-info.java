/** Step 1 of Ascent's wizard: program objectives and their success indicators. */
@NullMarked
package com.ascent.plugins.objectives;

import org.jspecify.annotations.NullMarked;
