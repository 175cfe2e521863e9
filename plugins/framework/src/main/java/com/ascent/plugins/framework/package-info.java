/** Step 3 of Ascent's wizard: the program framework, its calendar, and following the program while it runs. */
@NullMarked
package com.ascent.plugins.framework;

import org.jspecify.annotations.NullMarked;
