/**
 * Screens of 360 feedback by link: the rater's form (no account) and HR's feedback rounds of a program.
 */
@NullMarked
package com.ascent.app.measurement.ui;

import org.jspecify.annotations.NullMarked;
