package com.ascent.plugin.api;

/**
 * How long text may be in any write through the host's services. The host cleans every text it
 * takes in (control characters and bidirectional formatting characters such as U+202E removed,
 * line breaks in one-line values turned into spaces) and refuses a longer value with
 * {@link InvalidInputException} naming the record component, never cutting it. Give the fields of
 * a step these limits as their {@code maxLength}, so that people cannot type more than is kept:
 * one-line values (names, titles, places, units, short descriptions) {@value #NAME_MAX_LENGTH},
 * descriptions, notes, reasons and comments {@value #TEXT_MAX_LENGTH}.
 *
 * <p>Both are compile-time constants: a plugin that uses them still runs on a 1.3 host.
 *
 * @since 1.4.0
 */
public final class TextLimits {

    /**
     * Names, titles and other one-line values: the longest real personal names and job titles
     * stay well under 100 characters; 200 leaves room for double-barrelled names and long program
     * titles and still fits a line of a report, a calendar entry and a spreadsheet column.
     */
    public static final int NAME_MAX_LENGTH = 200;

    /**
     * Descriptions, notes and reasons: about two printed pages, more than any note of a
     * development plan needs, and small enough that a plan PDF or a program report stays readable.
     */
    public static final int TEXT_MAX_LENGTH = 5000;

    private TextLimits() {
    }
}
