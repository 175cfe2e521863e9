/**
 * Organizations: the user's organizations (create, rename, archive) and each organization's own
 * settings (currency, time zone, default format locale, working week).
 */
@NullMarked
package com.ascent.app.organization;

import org.jspecify.annotations.NullMarked;
