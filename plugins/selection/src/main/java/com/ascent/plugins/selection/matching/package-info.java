/**
 * Scoring and optimal matching of HiPos with mentors or coaches, free of any screen or database:
 * {@link com.ascent.plugins.selection.matching.ScoringModel} scores every eligible pair with a
 * breakdown per criterion, {@link com.ascent.plugins.selection.matching.AssignmentSolver} finds the
 * assignment that pairs as many HiPos as possible and, among those, has the highest total score,
 * and {@link com.ascent.plugins.selection.matching.MatchingPlan} turns a program's roster into
 * proposals and explains who could not be paired.
 */
@NullMarked
package com.ascent.plugins.selection.matching;

import org.jspecify.annotations.NullMarked;
