package com.ascent.plugin.api.calendar;

/**
 * The program's saved structure.
 *
 * @param version   optimistic-locking version; pass it back when saving changes
 * @param structure the structure as saved
 */
public record ProgramFramework(long version, FrameworkDraft structure) {
}
