package com.ascent.plugin.api.model;

/** The life cycle of a program. */
public enum ProgramState {
    /** Being designed in the wizard. */
    DRAFT,
    /** Launched: its months are under way; steps stay viewable and editable. */
    RUNNING,
    /** Finished or abandoned; read-only. */
    ARCHIVED
}
