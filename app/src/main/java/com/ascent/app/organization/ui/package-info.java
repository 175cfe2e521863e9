/** The administrator's page of the organization's settings. */
@NullMarked
package com.ascent.app.organization.ui;

import org.jspecify.annotations.NullMarked;
