package com.ascent.plugin.api.format;

/** The kinds of value {@link Formats} reads, each refused with its own example. */
public enum ValueKind {
    /** A plain number, e.g. a percentage or hours. */
    NUMBER,
    /** An amount of money in the organization's currency. */
    MONEY,
    /** A calendar date. */
    DATE,
    /** A time of day. */
    TIME
}
