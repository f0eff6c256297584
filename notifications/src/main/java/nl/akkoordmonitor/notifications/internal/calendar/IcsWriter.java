package nl.akkoordmonitor.notifications.internal.calendar;

import jakarta.inject.Singleton;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.akkoordmonitor.notifications.internal.Links;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/** Writes a calendar as iCalendar (RFC 5545) with ical4j: one all-day event per date. */
@Singleton
class IcsWriter {

    private final Links links;
    private final Clock clock;

    IcsWriter(Links links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    String write(String name, List<CalendarEntry> entries) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Akkoordmonitor//Kalender//NL"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        DtStamp stamp = new DtStamp(clock.instant());
        for (CalendarEntry entry : entries) {
            VEvent event = new VEvent(entry.date(), entry.title());
            event.replace(stamp);
            event.add(new Uid(entry.uid() + "@" + links.host()));
            if (entry.description() != null) {
                event.add(new Description(entry.description()));
            }
            if (entry.link() != null) {
                event.add(new Url(URI.create(links.absolute(entry.link()))));
            }
            calendar.add((net.fortuna.ical4j.model.component.CalendarComponent) event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
