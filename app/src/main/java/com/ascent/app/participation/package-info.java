/**
 * Participants (issue 14): the people of a program sign in and do their own part on the My program
 * page: their pairs, sessions, action items and development plans. Only their own part, checked
 * here and by PostgreSQL's row-level security (V36).
 */
@NullMarked
package com.ascent.app.participation;

import org.jspecify.annotations.NullMarked;
