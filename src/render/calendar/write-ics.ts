/**
 * Calendar → iCalendar text (RFC 5545), written by hand.
 *
 * Every timed event is written in UTC (`…Z`), converted from the
 * gathering's wall-clock times with Node's Intl, so the file needs no
 * VTIMEZONE and no client can misread the zone. Same input, same bytes:
 * DTSTAMP comes from the caller (SOURCE_DATE_EPOCH), never the clock.
 */

import type { Calendar, CalendarEvent } from './calendar-event.js';
import { escapeText, joinLines, paramValue, plainValue } from './content-line.js';
import { checkDate, localToUtc, nextDay } from './local-time.js';
import type { CalendarDate } from '../../base/calendar-date.js';

export interface WriteIcsOptions {
  /** DTSTAMP of every event: when the file was made, e.g. from SOURCE_DATE_EPOCH. */
  dtstamp: Date;
  /** PRODID; defaults to `-//agenda//agenda//EN`. */
  prodId?: string;
  /**
   * Minutes an event with a start and no end lasts. Defaults to 0: such an
   * event is a point in time (DTEND = DTSTART), as a deadline at 23:59 is.
   */
  defaultDuration?: number;
}

export const defaultProdId = '-//agenda//agenda//EN';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function formatDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

/** `YYYYMMDDTHHMMSSZ`; milliseconds are dropped. */
export function formatUtc(instant: number | Date): string {
  const d = new Date(instant);
  const year = d.getUTCFullYear();
  if (Number.isNaN(year) || year < 1 || year > 9999) throw new RangeError('an iCalendar time must be a valid date in the years 1–9999');
  const date = formatDate({ year, month: d.getUTCMonth() + 1, day: d.getUTCDate() });
  return `${date}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function timing(event: CalendarEvent, defaultDuration: number): string[] {
  if (event.allDay || event.start === undefined) {
    checkDate(event.date);
    // DTEND of a date is exclusive: the day after. An all-day deadline does not make anyone busy.
    return [`DTSTART;VALUE=DATE:${formatDate(event.date)}`, `DTEND;VALUE=DATE:${formatDate(nextDay(event.date))}`, 'TRANSP:TRANSPARENT'];
  }
  const end = event.end ?? event.start + defaultDuration;
  if (end < event.start) {
    throw new RangeError(`event ${event.uid} ends (${end} min) before it starts (${event.start} min)`);
  }
  const times = [`DTSTART:${formatUtc(localToUtc(event.date, event.start, event.timezone))}`, `DTEND:${formatUtc(localToUtc(event.date, end, event.timezone))}`];
  return event.transparent ? [...times, 'TRANSP:TRANSPARENT'] : times;
}

function eventLines(event: CalendarEvent, dtstamp: string, lang: string, defaultDuration: number): string[] {
  const sequence = event.sequence ?? 0;
  if (!Number.isInteger(sequence) || sequence < 0) {
    throw new RangeError(`event ${event.uid}: SEQUENCE must be a whole number from 0, not ${sequence}`);
  }
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${dtstamp}`,
    ...timing(event, defaultDuration),
    `SEQUENCE:${sequence}`,
    `SUMMARY${lang}:${escapeText(event.summary)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION${lang}:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION${lang}:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${plainValue(event.url)}`);
  if (event.organizer?.email) {
    const cn = event.organizer.name ? `;CN=${paramValue(event.organizer.name)}` : '';
    lines.push(`ORGANIZER${cn}:mailto:${plainValue(event.organizer.email)}`);
  }
  if (event.cancelled) lines.push('STATUS:CANCELLED');
  if (event.categories?.length) {
    lines.push(`CATEGORIES${lang}:${event.categories.map(escapeText).join(',')}`);
  }
  if (event.remindDaysBefore !== undefined) lines.push(...alarm(event, lang));
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A display alarm `remindDaysBefore` days before the start. An all-day
 * event starts at midnight, so its reminder is set to 09:00 of that day
 * (`-P2DT15H` for three days), not the middle of the night before.
 */
function alarm(event: CalendarEvent, lang: string): string[] {
  const days = event.remindDaysBefore!;
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`event ${event.uid}: a reminder is a whole number of days from 1, not ${days}`);
  const allDay = event.allDay || event.start === undefined;
  const trigger = allDay ? `-P${days > 1 ? `${days - 1}D` : ''}T15H` : `-P${days}D`;
  return ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION${lang}:${escapeText(event.summary)}`, `TRIGGER:${trigger}`, 'END:VALARM'];
}

/** The whole VCALENDAR, CRLF line endings, folded at 75 octets. */
export function writeIcs(cal: Calendar, options: WriteIcsOptions): string {
  const dtstamp = formatUtc(options.dtstamp);
  const defaultDuration = options.defaultDuration ?? 0;
  if (!Number.isInteger(defaultDuration) || defaultDuration < 0) {
    throw new RangeError(`defaultDuration must be a whole number of minutes from 0, not ${defaultDuration}`);
  }
  const lang = cal.language ? `;LANGUAGE=${paramValue(cal.language)}` : '';
  const lines = calendarHead(cal.name, options.prodId);
  for (const event of cal.events) lines.push(...eventLines(event, dtstamp, lang, defaultDuration));
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}

/** The VCALENDAR's opening lines, unfolded; a feed (build/feed.ts) shares them. */
export function calendarHead(name: string | undefined, prodId = defaultProdId): string[] {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${escapeText(prodId)}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`, `NAME:${escapeText(name)}`);
  return lines;
}
