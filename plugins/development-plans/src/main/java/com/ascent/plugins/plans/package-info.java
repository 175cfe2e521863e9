/** Ascent's default Development plans step: a PDP for every HiPo on the program's roster. */
@NullMarked
package com.ascent.plugins.plans;

import org.jspecify.annotations.NullMarked;
