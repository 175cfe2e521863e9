/**
 * A test plugin that refuses to start, to prove that the administrator sees it as failed with its
 * reason and that an organization bound to its step sees a clear message there. Never shipped.
 */
@NullMarked
package com.ascent.plugins.failingstart;

import org.jspecify.annotations.NullMarked;
