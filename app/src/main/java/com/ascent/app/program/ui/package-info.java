/** Screens of the programs feature. */
@NullMarked
package com.ascent.app.program.ui;

import org.jspecify.annotations.NullMarked;
