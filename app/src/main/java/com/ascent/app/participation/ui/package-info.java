/** The My program page of a participant. */
@NullMarked
package com.ascent.app.participation.ui;

import org.jspecify.annotations.NullMarked;
