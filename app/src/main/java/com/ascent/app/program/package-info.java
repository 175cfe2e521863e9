/** Programs: list, create, launch, archive. */
@NullMarked
package com.ascent.app.program;

import org.jspecify.annotations.NullMarked;
