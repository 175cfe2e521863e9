/** The host's translations: one bundle per feature under {@code i18n/}. */
@NullMarked
package com.ascent.app.i18n;

import org.jspecify.annotations.NullMarked;
