/**
 * One way to read and show numbers, money, dates and times: the host's implementation of the
 * plugin API's {@link com.ascent.plugin.api.format.Formats}, used by host screens, reports,
 * exports and, through the step context, by every plugin.
 */
@NullMarked
package com.ascent.app.format;

import org.jspecify.annotations.NullMarked;
