/** The organization's own settings: its currency, time zone and default format locale. */
@NullMarked
package com.ascent.app.organization;

import org.jspecify.annotations.NullMarked;
