/**
 * Reading and showing numbers, money, dates and times the way the user writes them (since 1.3.0).
 *
 * <p>{@link com.ascent.plugin.api.format.Formats} (from {@code StepContext.formats()}) formats and
 * strictly parses values in the user's format locale and knows the organization's currency and
 * time zone; {@link com.ascent.plugin.api.format.ValueFields} builds Vaadin fields that follow it.
 */
@NullMarked
package com.ascent.plugin.api.format;

import org.jspecify.annotations.NullMarked;
