/**
 * Step 2 of Ascent's wizard: the program's HiPos (from the people directory, with a 9-box grid),
 * its mentors and coaches (employees or external), the weighted selection criteria, and the
 * review of optimally matched pairs before they go live. The scoring and matching themselves live
 * in {@link com.ascent.plugins.selection.matching}.
 */
@NullMarked
package com.ascent.plugins.selection;

import org.jspecify.annotations.NullMarked;
