/**
 * E-mail (issue 14): the outbox every message is queued in (in the transaction of the change that
 * causes it), the dispatcher that sends it after commit and retries with back-off, the public
 * address links in messages point to, and the daily reminders.
 */
@NullMarked
package com.ascent.app.mail;

import org.jspecify.annotations.NullMarked;
