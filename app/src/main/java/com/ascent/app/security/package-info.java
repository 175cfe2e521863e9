/** Sign-in, first-run setup, roles and the organization a user works in. */
@NullMarked
package com.ascent.app.security;

import org.jspecify.annotations.NullMarked;
