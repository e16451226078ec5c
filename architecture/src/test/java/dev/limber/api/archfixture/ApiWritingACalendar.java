package dev.limber.api.archfixture;

import net.fortuna.ical4j.model.Calendar;

/** Writes iCalendar itself instead of through formats, on purpose. Test fixture only. */
public class ApiWritingACalendar {
    public Calendar calendar() {
        return new Calendar();
    }
}
