/**
 * The canonical roster of a program: its HiPos, mentors and coaches, the selection criteria, the
 * pairs with their scores and explanations, and HR's recorded exceptions. Steps reach it through
 * the plugin API's {@code RosterService}; the rules every pair obeys live in
 * {@link com.ascent.app.roster.ProgramRosterService}.
 */
@NullMarked
package com.ascent.app.roster;

import org.jspecify.annotations.NullMarked;
