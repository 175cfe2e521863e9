/** Running several Ascent nodes behind one proxy. */
@NullMarked
package com.ascent.app.cluster;

import org.jspecify.annotations.NullMarked;
