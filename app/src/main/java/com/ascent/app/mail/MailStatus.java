package com.ascent.app.mail;

/** Where a message is on its way out. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    QUEUED,
    /** Accepted by the SMTP server. */
    SENT,
    /** Refused at every attempt; an administrator may send it again. */
    FAILED,
    /** No SMTP server is configured: it stays in the outbox for administrators to read. */
    HELD
}
