/** Step 5 of Ascent's wizard: ongoing support with learning resources, events and their cost. */
@NullMarked
package com.ascent.plugins.support;

import org.jspecify.annotations.NullMarked;
