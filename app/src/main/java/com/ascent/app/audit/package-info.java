/**
 * The audit trail: who changed which of the organization's records, when, and which fields (never
 * the values). PostgreSQL records it (migration V21); this package reads, filters, words and exports it.
 */
@NullMarked
package com.ascent.app.audit;

import org.jspecify.annotations.NullMarked;
