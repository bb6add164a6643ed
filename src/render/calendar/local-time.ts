/**
 * Wall-clock time in an IANA time zone → UTC instant, with Node's Intl only.
 *
 * Intl can tell the UTC offset at an instant, not the instant of a local
 * time, so we read the offsets a day before and a day after the wall-clock
 * time and keep the candidate instants that the zone agrees with. Twice a
 * year a local time is not one instant, and we follow RFC 5545 (§3.3.5),
 * which is also what Temporal calls `disambiguation: 'compatible'`:
 *
 * - A time in the spring gap does not exist (Europe/Oslo, last Sunday of
 *   March: 02:00–02:59 are skipped). It is read with the offset before the
 *   gap, so it lands as far after the gap's start as it was written:
 *   02:30 → 01:30Z, which clocks show as 03:30 CEST (the same instant as a
 *   written 03:30).
 * - A time in the autumn overlap happens twice (last Sunday of October:
 *   02:00–02:59 come round again). It is the first occurrence, in summer
 *   time: 02:30 → 00:30Z (02:30 CEST), not 01:30Z (02:30 CET).
 */
import type { CalendarDate } from '../../base/calendar-date.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`"${timeZone}" is not a time zone this Node knows (write an IANA name such as Europe/Oslo)`);
    }
    formatters.set(timeZone, f);
  }
  return f;
}

/** Milliseconds since the epoch of a wall-clock reading taken as if it were UTC. */
function wallClockAsUtc(year: number, month: number, day: number, ms: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // setUTCFullYear, unlike Date.UTC, keeps years 0–99
  return d.getTime() + ms;
}

/** The zone's offset from UTC at `instant`, in milliseconds (Oslo in winter: +3 600 000). */
export function utcOffsetAt(instant: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  const yearOfEra = Number(parts.year);
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - yearOfEra : yearOfEra;
  const secondsMs = (Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second)) * 1000;
  const wall = wallClockAsUtc(year, Number(parts.month), Number(parts.day), secondsMs);
  // Intl shows whole seconds: compare against the instant rounded down likewise.
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The UTC instant (ms since the epoch) of `minutes` after local midnight of
 * `date` in `timeZone`. Minutes past 1440 run on into the next day, so an
 * end at 24:00 is the next midnight. Gaps and overlaps: see the module note.
 */
export function localToUtc(date: CalendarDate, minutes: number, timeZone: string): number {
  checkDate(date);
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError(`${minutes} is not a number of minutes since midnight`);
  }
  const wall = wallClockAsUtc(date.year, date.month, date.day, minutes * MINUTE);
  const before = utcOffsetAt(wall - DAY, timeZone);
  const after = utcOffsetAt(wall + DAY, timeZone);
  const candidates = [before, after].filter((offset) => utcOffsetAt(wall - offset, timeZone) === offset).map((offset) => wall - offset);
  // Both agree, or the earlier of an overlap; none: a gap, read with the offset before it.
  return candidates.length > 0 ? Math.min(...candidates) : wall - before;
}

/** The day after `date`, for the exclusive end of an all-day event. */
export function nextDay(date: CalendarDate): CalendarDate {
  checkDate(date);
  const d = new Date(wallClockAsUtc(date.year, date.month, date.day, DAY));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Throws unless `date` is a real day between year 1 and 9999 (what iCalendar can write). */
export function checkDate(date: CalendarDate): void {
  const { year, month, day } = date;
  const real =
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(wallClockAsUtc(year, month + 1, 0, 0)).getUTCDate();
  if (!real) throw new RangeError(`${year}-${month}-${day} is not a date iCalendar can write`);
}
