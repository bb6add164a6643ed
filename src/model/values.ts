/**
 * Reading times and dates as the author typed them.
 *
 * The parser hands these functions the scalar's source text, never the
 * number YAML made of it, so `09.00`, `0900` and `14.10` mean what they say.
 * Every function returns either a value or a message that explains why the
 * text is not one.
 */
import { daysInMonth, isoOf } from '../base/calendar-date.js';

export type Result<T> = { ok: true; value: T } | { ok: false; message: string; hint?: string };

/** Minutes since midnight. */
export type Minutes = number;

export interface TimeSlot {
  /** Start, in minutes since midnight. */
  start: Minutes;
  /** End, in minutes since midnight; absent for a start time alone. */
  end?: Minutes;
  /** An open start such as "fra 09.30": the item begins then and runs alongside others. */
  open?: boolean;
  /** What the author typed. */
  text: string;
}

export interface WrittenDate {
  /** Absent where the author typed a day and month only ("14.10"); the parser fills it in. */
  year?: number;
  month: number;
  day: number;
  text: string;
}

const DASHES = /\s*(?:-|–|—|‒|−)\s*/;
const OPEN_WORDS = /^(?:fra|frå|från|from)\s+/i;
/** Longest first: `kl` would otherwise take the start of `klokka` and leave "okka 09.00". */
const KL = /^(?:klokka|klokken|klo\.?|kl\.?)\s*/i;

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(message: string, hint?: string): Result<T> => ({ ok: false, message, hint });

export const timeFormsHint = 'write a time as 09:00, 09.00, 0900 or 9:00, and a range as 08:30–09:30';

/** One time of day: `09:00`, `09.00`, `0900`, `9:00`, `9`; `24:00` only where `allowMidnightEnd`. */
export function parseTimeOfDay(raw: string, allowMidnightEnd = false): Result<Minutes> {
  const text = raw.trim().replace(KL, '');
  let m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
  if (!m) m = /^(\d{2})(\d{2})$/.exec(text);
  if (!m) return fail(`"${raw.trim()}" is not a time of day`, timeFormsHint);
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (minutes > 59) return fail(`"${raw.trim()}" is not a time of day: minutes run from 00 to 59`, timeFormsHint);
  if (hours > 24 || (hours === 24 && (minutes > 0 || !allowMidnightEnd))) {
    return fail(`"${raw.trim()}" is not a time of day: hours run from 00 to 23`, timeFormsHint);
  }
  return ok(hours * 60 + minutes);
}

/**
 * A programme time: a start (`09:00`), a range (`08.30–09.30`, `0830-0930`),
 * or an open start (`fra 09.30`, `from 9:30`).
 */
export function parseTimeSlot(raw: string): Result<TimeSlot> {
  const text = raw.trim();
  let rest = text.replace(KL, '');
  const open = OPEN_WORDS.test(rest);
  if (open) rest = rest.replace(OPEN_WORDS, '').replace(KL, '');
  const parts = rest.split(DASHES);
  if (parts.length > 2 || parts.some((p) => p === '')) {
    return fail(`"${text}" is not a time or a time range`, timeFormsHint);
  }
  const start = parseTimeOfDay(parts[0]);
  if (!start.ok) return start;
  if (parts.length === 1) return ok(open ? { start: start.value, open, text } : { start: start.value, text });
  if (open) return fail(`"${text}" has both an open start and an end`, 'write "fra 09.30" or "09.30–10.00", not both');
  const end = parseTimeOfDay(parts[1], true);
  if (!end.ok) return end;
  return ok({ start: start.value, end: end.value, text });
}

/** A range with both ends, as for the day's hours. */
export function parseTimeRange(raw: string): Result<TimeSlot> {
  const slot = parseTimeSlot(raw);
  if (!slot.ok) return slot;
  if (slot.value.end === undefined || slot.value.open) {
    return fail(`"${raw.trim()}" needs a start and an end`, 'write the hours as a range, e.g. 08:30–14:30');
  }
  return slot;
}

export const dateFormsHint = 'write a date as 2020-01-28, 28.01.2020, or 28.01 for that day nearest the gathering';

function checkDate(year: number | undefined, month: number, day: number, text: string): Result<WrittenDate> {
  if (month < 1 || month > 12) return fail(`"${text}" is not a date: there is no month ${month}`, dateFormsHint);
  if (day < 1 || day > daysInMonth(year, month)) {
    return fail(`"${text}" is not a date: month ${month}${year ? ` of ${year}` : ''} has no day ${day}`, dateFormsHint);
  }
  return ok(year === undefined ? { month, day, text } : { year, month, day, text });
}

/** ISO `YYYY-MM-DD` only, as the fixed `date` field requires. */
export function parseIsoDate(raw: string): Result<WrittenDate> {
  const text = raw.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) {
    const other = parseDate(text);
    if (other.ok && other.value.year !== undefined) {
      return fail(`"${text}" is not an ISO date`, `the gathering's date is written YYYY-MM-DD: ${isoOf(other.value as Required<WrittenDate>)}`);
    }
    return fail(`"${text}" is not an ISO date`, "the gathering's date is written YYYY-MM-DD, e.g. 2020-01-28");
  }
  return checkDate(Number(m[1]), Number(m[2]), Number(m[3]), text);
}

/** `2020-01-28`, `28.01.2020`, `28.1.20`, `14.03.-25`, or `28.01` / `14.10` (no year). */
export function parseDate(raw: string): Result<WrittenDate> {
  const text = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return checkDate(Number(m[1]), Number(m[2]), Number(m[3]), text);
  // 28.01.2020, 28.1.20, 28.01, and the Norwegian 14.03.-25
  m = /^(\d{1,2})\.\s?(\d{1,2})\.?(?:\s?-?(\d{4}|\d{2}))?$/.exec(text);
  if (m) {
    const year = m[3] === undefined ? undefined : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return checkDate(year, Number(m[2]), Number(m[1]), text);
  }
  return fail(`"${text}" is not a date`, dateFormsHint);
}
