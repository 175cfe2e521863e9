/** Records that describe the context of a step: organization, program and user. */
@NullMarked
package com.ascent.plugin.api.model;

import org.jspecify.annotations.NullMarked;
