/** Screens of the people directory: the list, the person form and the CSV import. */
@NullMarked
package com.ascent.app.people.ui;

import org.jspecify.annotations.NullMarked;
