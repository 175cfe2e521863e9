package com.ascent.plugin.api.calendar;

/**
 * The program charter: what each role commits to, how confidentiality is handled and how
 * everyone prepares for a meeting. Free text, shown to everyone in the program.
 */
public record Charter(String hipo, String mentor, String coach, String manager, String hr, String confidentiality,
                      String preparation) {

    /** A charter with nothing written yet. */
    public static Charter empty() {
        return new Charter("", "", "", "", "", "", "");
    }
}
