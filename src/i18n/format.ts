/**
 * Dates, times and lists as a Norwegian, Dane, Swede or Briton expects to
 * read them. Weekday and month names come from Intl; the order of the parts
 * is pinned in each catalogue, so an ICU update cannot move a comma in.
 */
import type { Catalogue } from './index.js';

/** "Side {page} av {pages}" with values put in. */
export function fill(pattern: string, values: Record<string, string | number>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export interface YMD {
  year: number;
  month: number;
  day: number;
}

const names = new Map<string, { weekday: string; month: string }>();

function namesOf(d: YMD, locale: string): { weekday: string; month: string } {
  const key = `${locale} ${d.year}-${d.month}-${d.day}`;
  let found = names.get(key);
  if (!found) {
    const parts = new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' })
      .formatToParts(new Date(Date.UTC(d.year, d.month - 1, d.day)));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    found = { weekday: part('weekday'), month: part('month') };
    names.set(key, found);
  }
  return found;
}

/** "tirsdag 28. januar 2020", "tirsdag den 28. januar 2020", "Tuesday 28 January 2020". */
export function formatDate(d: YMD, cat: Catalogue): string {
  return fill(cat.date, { ...namesOf(d, cat.locale), day: d.day, year: d.year });
}

/** "28. januar 2020". */
export function formatDateShort(d: YMD, cat: Catalogue): string {
  return fill(cat.dateShort, { ...namesOf(d, cat.locale), day: d.day, year: d.year });
}

/** The dates of a gathering of several days: "15.–16. august 2019", or both dates in full. */
export function formatDays(first: YMD, last: YMD, cat: Catalogue): string {
  if (first.year === last.year && first.month === last.month && first.day === last.day) return formatDate(first, cat);
  if (first.year === last.year && first.month === last.month) {
    return fill(cat.dayRange, { from: first.day, to: last.day, month: namesOf(first, cat.locale).month, year: first.year });
  }
  return `${formatDateShort(first, cat)} – ${formatDateShort(last, cat)}`;
}

/** Minutes since midnight as "09.00" (or "09:00"). */
export function formatTime(minutes: number, separator: '.' | ':'): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}${separator}${String(m).padStart(2, '0')}`;
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
