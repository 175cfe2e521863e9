/** Screens of sign-in, first-run setup and user administration. */
@NullMarked
package com.ascent.app.security.ui;

import org.jspecify.annotations.NullMarked;
