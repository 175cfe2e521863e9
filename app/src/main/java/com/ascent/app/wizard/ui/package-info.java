/** Screens of the wizard: the step shell and the review page. */
@NullMarked
package com.ascent.app.wizard.ui;

import org.jspecify.annotations.NullMarked;
