/** The administrators' outbox page and the reminders' opt-out page. */
@NullMarked
package com.ascent.app.mail.ui;

import org.jspecify.annotations.NullMarked;
