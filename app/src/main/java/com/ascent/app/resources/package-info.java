/**
 * Ongoing support: the organization's resource catalogue (with its CSV import), the assignment of
 * resources to a program's HiPos, their tracking, HR's "no additional support" decisions and the
 * budget. Steps reach it through the plugin API's {@code SupportService}; the rules live in
 * {@link com.ascent.app.resources.ResourceService}.
 */
@NullMarked
package com.ascent.app.resources;

import org.jspecify.annotations.NullMarked;
