/**
 * An example client plugin: a Coaches &amp; mentors step in which each HiPo chooses a mentor from a
 * short list of three and HR confirms the choices. It fills the same slot as Ascent's default
 * step and writes the same canonical roster and pairs through the plugin API, so every later step
 * works on them unchanged.
 */
@NullMarked
package com.ascent.plugins.examples.shortlist;

import org.jspecify.annotations.NullMarked;
