/**
 * Program objectives, their success indicators, and the organization's strategy statements and
 * leadership capability library they refer to. Development-plan goals link to objectives and
 * measurement reports against their indicators.
 */
@NullMarked
package com.ascent.plugin.api.objectives;

import org.jspecify.annotations.NullMarked;
