/**
 * What the host's printable reports share: the PDF page, fonts, headings and tables (OpenPDF), and
 * texts, dates and numbers in the reader's language. Features render their own documents with it.
 */
@NullMarked
package com.ascent.app.report;

import org.jspecify.annotations.NullMarked;
