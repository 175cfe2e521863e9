package com.ascent.app.audit;

/** What happened to a record. */
public enum AuditOperation {
    CREATED,
    CHANGED,
    DELETED
}
