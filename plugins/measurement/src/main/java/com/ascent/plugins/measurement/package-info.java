/** Step 6 of Ascent's wizard: measuring success, from before/after values and feedback to ROI. */
@NullMarked
package com.ascent.plugins.measurement;

import org.jspecify.annotations.NullMarked;
