/**
 * What the iCalendar writer takes: plain data, already validated.
 *
 * Times are wall-clock times in the gathering's time zone, as the
 * secretariat writes them; the writer turns them into UTC instants
 * (see `local-time.ts`), so the file needs no VTIMEZONE.
 */
import type { CalendarDate } from '../../base/calendar-date.js';

export interface Organizer {
  /** Shown by calendars as the organiser's name (the `CN` parameter). */
  name?: string;
  /**
   * The organiser's address, written as `mailto:`. ORGANIZER needs an
   * address, so an organizer with a name only is left out of the file.
   */
  email?: string;
}

export interface CalendarEvent {
  /**
   * Globally unique and stable across compilations, so that an updated
   * invitation replaces the old event: see `stableUid`.
   */
  uid: string;
  /** The local date the event starts on. */
  date: CalendarDate;
  /**
   * Start in minutes since local midnight. Absent, or `allDay`, makes an
   * all-day event (a deadline without a time).
   */
  start?: number;
  /**
   * End in minutes since midnight of `date`; 1440 is the following midnight,
   * larger values run on into the next days. Must not be before `start`.
   * Absent: the writer's `defaultDuration` (0 unless given, a point in time:
   * DTEND = DTSTART, as for a deadline at 23:59).
   */
  end?: number;
  /** A whole-day event on `date` (`DTSTART;VALUE=DATE`); `start`/`end` are ignored. */
  allDay?: boolean;
  /** IANA time zone the wall-clock times are in, e.g. `Europe/Oslo`. */
  timezone: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  organizer?: Organizer;
  /** Revision of this event; raise it whenever the event changes. Defaults to 0. */
  sequence?: number;
  categories?: string[];
  /** Shown as free time (TRANSP:TRANSPARENT), not busy: a day the reader may not come to. All-day events always are. */
  transparent?: boolean;
  /** The event will not take place (STATUS:CANCELLED): a client that has it shows it cancelled rather than losing it. */
  cancelled?: boolean;
  /** A reminder (VALARM) this many days before the event: for an all-day event, at 09:00 of that day. */
  remindDaysBefore?: number;
}

export interface Calendar {
  /** The calendar's name as subscribing clients show it (X-WR-CALNAME, NAME). */
  name?: string;
  /** BCP 47 language of the texts, e.g. `nb`; written as the LANGUAGE parameter. */
  language?: string;
  events: CalendarEvent[];
}
