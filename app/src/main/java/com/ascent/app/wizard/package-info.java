/** The six-step wizard shell: composes an organization's steps, runs them safely, reviews and launches. */
@NullMarked
package com.ascent.app.wizard;

import org.jspecify.annotations.NullMarked;
