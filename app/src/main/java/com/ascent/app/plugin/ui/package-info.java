/** The administrator's page on plugins and the organization's step bindings. */
@NullMarked
package com.ascent.app.plugin.ui;

import org.jspecify.annotations.NullMarked;
