package com.ascent.plugins.selection;

/** A tab of the step; it reloads what it shows whenever the user opens it. */
interface Panel {

    void refresh();
}
