/**
 * The plugin runtime: loads PF4J step plugins, reports their state, binds steps to each
 * organization's wizard and calls into plugins safely.
 */
@NullMarked
package com.ascent.app.plugin;

import org.jspecify.annotations.NullMarked;
