/**
 * Dates, times and lists as a Norwegian, Dane, Swede or Briton expects to
 * read them. Weekday and month names and the order of the parts are pinned in
 * each catalogue, so an ICU update cannot change a printed date.
 */
import { formatTime, weekdayOf, type CalendarDate } from '../calendar-date.js';
import type { Catalogue } from './index.js';

/** "Side {page} av {pages}" with values put in. */
export function fill(pattern: string, values: Record<string, string | number>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

function namesOf(d: CalendarDate, cat: Catalogue): { weekday: string; month: string } {
  return { weekday: cat.weekdays[weekdayOf(d)], month: cat.months[d.month - 1] };
}

/** "tirsdag 28. januar 2020", "tirsdag den 28. januar 2020", "Tuesday 28 January 2020". */
export function formatDate(d: CalendarDate, cat: Catalogue): string {
  return fill(cat.date, { ...namesOf(d, cat), day: d.day, year: d.year });
}

/** "28. januar 2020". */
export function formatDateShort(d: CalendarDate, cat: Catalogue): string {
  return fill(cat.dateShort, { ...namesOf(d, cat), day: d.day, year: d.year });
}

/** "16. april": a date whose year the reader has just been told. */
export function formatDayMonth(d: CalendarDate, cat: Catalogue): string {
  return fill(cat.dayMonth, { ...namesOf(d, cat), day: d.day });
}

/** The dates of a gathering of several days: "15.–16. august 2019", or both dates in full. */
export function formatDays(first: CalendarDate, last: CalendarDate, cat: Catalogue): string {
  if (first.year === last.year && first.month === last.month && first.day === last.day) return formatDate(first, cat);
  if (first.year === last.year && first.month === last.month) {
    return fill(cat.dayRange, { from: first.day, to: last.day, month: namesOf(first, cat).month, year: first.year });
  }
  return `${formatDateShort(first, cat)} – ${formatDateShort(last, cat)}`;
}

/** A programme time: "09.00", "08.30–09.30" (en dash), "fra kl. 09.30". */
export function formatSlot(slot: { start: number; end?: number; open?: boolean }, cat: Catalogue, separator: '.' | ':'): string {
  const start = formatTime(slot.start, separator);
  if (slot.open) return fill(cat.labels.fromTime, { time: start });
  if (slot.end === undefined) return start;
  return `${start}–${formatTime(slot.end, separator)}`;
}

/** The hours of a day: "kl. 08.30–14.30". */
export function formatHours(slot: { start: number; end?: number }, cat: Catalogue, separator: '.' | ':'): string {
  return fill(cat.labels.hours, { range: formatSlot({ start: slot.start, end: slot.end }, cat, separator) });
}

/** "A, B og C". */
export function formatList(items: readonly string[], cat: Catalogue): string {
  return new Intl.ListFormat(cat.locale, { type: 'conjunction', style: 'long' }).format(items);
}
