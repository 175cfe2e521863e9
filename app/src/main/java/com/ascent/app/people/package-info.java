/** The organization's people directory. */
@NullMarked
package com.ascent.app.people;

import org.jspecify.annotations.NullMarked;
