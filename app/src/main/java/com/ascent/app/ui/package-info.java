/** The application frame shared by all signed-in screens. */
@NullMarked
package com.ascent.app.ui;

import org.jspecify.annotations.NullMarked;
