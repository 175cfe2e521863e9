/** Database wiring: the embedded PostgreSQL default and organization-scoped transactions. */
@NullMarked
package com.ascent.app.database;

import org.jspecify.annotations.NullMarked;
