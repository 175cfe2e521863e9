/** The "Export and erasure" page of the organization's settings, and the page after an erasure. */
@NullMarked
package com.ascent.app.organizationdata.ui;

import org.jspecify.annotations.NullMarked;
