package com.ascent.plugin.api.contribution;

/**
 * The colour a contributed event is shown in, in the month view. A palette rather than any CSS
 * colour, so that every event stays readable in Ascent's theme, light or dark.
 *
 * @since 1.5.0
 */
public enum EventColour {
    BLUE, GREEN, ORANGE, PURPLE, RED, GREY
}
