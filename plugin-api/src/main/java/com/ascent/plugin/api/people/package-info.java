/** The organization's people directory as seen by plugins. */
@NullMarked
package com.ascent.plugin.api.people;

import org.jspecify.annotations.NullMarked;
