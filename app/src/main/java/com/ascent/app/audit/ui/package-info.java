/** The audit trail's page. */
@NullMarked
package com.ascent.app.audit.ui;

import org.jspecify.annotations.NullMarked;
