package com.ascent.plugin.api.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An action item as HR or a pair writes it. The host refuses an empty description
 * ({@code description}) or owner ({@code owner}).
 *
 * @param description what is to be done
 * @param owner       who does it (a name)
 * @param due         by when, if agreed
 * @param status      open, done or dropped
 */
public record ActionItemDraft(String description, String owner, @Nullable LocalDate due, ActionStatus status) {
}
