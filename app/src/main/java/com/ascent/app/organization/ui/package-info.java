/** The user's organizations (page, switcher in the header) and the administrator's page of an organization's settings. */
@NullMarked
package com.ascent.app.organization.ui;

import org.jspecify.annotations.NullMarked;
