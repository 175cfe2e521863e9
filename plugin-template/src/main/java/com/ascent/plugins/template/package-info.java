/**
 * The step plugin template: an extra step after Coaches &amp; mentors that shows every HiPo with
 * their confirmed mentor and coach. Copy the module to start a plugin (docs/plugins.md).
 */
@NullMarked
package com.ascent.plugins.template;

import org.jspecify.annotations.NullMarked;
