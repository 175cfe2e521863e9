/**
 * A test plugin whose steps fail on purpose, to prove that the host turns a plugin's exception
 * into an error panel in that step and keeps everything else working. Never shipped.
 */
@NullMarked
package com.ascent.plugins.failingstep;

import org.jspecify.annotations.NullMarked;
