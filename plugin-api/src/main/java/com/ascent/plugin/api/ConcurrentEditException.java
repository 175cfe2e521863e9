package com.ascent.plugin.api;

/**
 * A write was refused because someone else changed or removed the record since it was read.
 * Show the message and reload; nothing was overwritten.
 */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String message) {
        super(message);
    }
}
