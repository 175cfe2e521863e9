/**
 * The files people exchange with Ascent, handled safely in one place: CSV written so a spreadsheet
 * never runs a cell as a formula, and uploads read with a size limit, refusing binary content and
 * decoding text in a known encoding.
 */
@NullMarked
package com.ascent.app.files;

import org.jspecify.annotations.NullMarked;
