/**
 * One rule for the text people type or import: what characters it may hold and how long it may
 * be, applied where host services take it in, so that text written through plugins is covered.
 */
@NullMarked
package com.ascent.app.text;

import org.jspecify.annotations.NullMarked;
