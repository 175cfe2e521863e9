package com.ascent.plugin.api.settings;

/**
 * What kind of value a plugin setting holds, which decides the field administrators edit it with
 * and what the host accepts.
 *
 * @since 1.5.0
 */
public enum SettingType {
    /** One line of text. */
    TEXT,
    /** A number, typed in the administrator's format ("1 500,5" in Polish, "1,500.5" in English). */
    NUMBER,
    /** One of the values the setting lists. */
    CHOICE,
    /** Several lines of text, e.g. a client's sites; the order is kept. */
    LIST
}
