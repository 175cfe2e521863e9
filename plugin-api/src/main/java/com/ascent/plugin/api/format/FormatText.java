package com.ascent.plugin.api.format;

/** The few words {@link ValueFields} puts on fields, in the user's language (see {@link Formats#text}). */
public enum FormatText {
    /** The date picker's button that selects today. */
    TODAY,
    /** The date picker's button that closes it. */
    CANCEL
}
