/**
 * Test accounts and data for the load test in {@code tools/loadtest}, created through the
 * application's own services when the Spring profile {@code loadtest-fixture} is active; inactive
 * otherwise.
 */
@NullMarked
package com.ascent.app.loadtest;

import org.jspecify.annotations.NullMarked;
