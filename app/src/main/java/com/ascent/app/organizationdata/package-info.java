/**
 * Everything of an organization, out and away: an administrator downloads it as one ZIP (a CSV per
 * table, the PDFs of the program reports and development plans) and erases the organization, its
 * rows and the accounts left without any organization (issue 15, migration V29).
 */
@NullMarked
package com.ascent.app.organizationdata;

import org.jspecify.annotations.NullMarked;
