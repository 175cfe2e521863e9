/**
 * An example client plugin: an extra step after the program framework in which HR records the
 * executive sponsor's approval of the framework. The approval is kept in the step's own records
 * ({@link com.ascent.plugin.api.StepRecords}); the framework it approves stays in the canonical model.
 */
@NullMarked
package com.ascent.plugins.examples.sponsor;

import org.jspecify.annotations.NullMarked;
