/**
 * Reading times and dates as the author typed them.
 *
 * The parser hands these functions the scalar's source text, never the
 * number YAML made of it, so `09.00`, `0900` and `14.10` mean what they say.
 * Every function returns either a value or a message that explains why the
 * text is not one.
 */
import { daysInMonth, isoOf } from '../base/calendar-date.js';
import { quote, say } from '../base/messages/index.js';

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
  /** The time is to come ("tidspunkt kommer"): the parser moves it to the item's `toCome`, and `start` is never read. */
  toCome?: true;
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
/** A range said in words: "09.00 til 10.00", "9 till 10", "9 to 10", "9 tom 10" (an optional "kl." before the end). */
const RANGE_WORDS = /^(.+?)\s+(?:til|till|to|until|tom|t\.o\.m\.)\s+(?:(?:klokka|klokken|kl\.?)\s*)?(.+)$/i;

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(message: string, hint?: string): Result<T> => ({ ok: false, message, hint });

/** One time of day: `09:00`, `09.00`, `0900`, `9:00`, `9`; `24:00` only where `allowMidnightEnd`. */
export function parseTimeOfDay(raw: string, allowMidnightEnd = false): Result<Minutes> {
  const text = raw.trim().replace(KL, '');
  let m = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
  if (!m) m = /^(\d{2})(\d{2})$/.exec(text);
  if (!m) {
    const range = rangeIn(text);
    if (range) return fail(say('time.range-in-time', { text: quote(raw.trim()) }), say('time.range-write', { range: range.start }));
    return fail(say('time.not-time', { text: quote(raw.trim()) }), say('time.forms'));
  }
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (minutes > 59) return fail(say('time.minutes', { text: quote(raw.trim()) }), say('time.forms'));
  if (hours > 24 || (hours === 24 && (minutes > 0 || !allowMidnightEnd))) {
    return fail(say('time.hours', { text: quote(raw.trim()) }), say('time.forms'));
  }
  return ok(hours * 60 + minutes);
}

/** Two times of day in one text ("09.00–10.00", "9 til 10"), where one is wanted. */
function rangeIn(text: string): { start: string } | undefined {
  const words = RANGE_WORDS.exec(text);
  const parts = words ? [words[1], words[2]] : text.split(DASHES);
  if (parts.length !== 2 || !parts.every((p) => /^\d{1,2}(?:[:.]\d{2})?$|^\d{4}$/.test(p.trim().replace(KL, '')))) return undefined;
  return { start: parts[0].trim() };
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
  const words = RANGE_WORDS.exec(rest);
  if (words && parseTimeOfDay(words[1]).ok && parseTimeOfDay(words[2], true).ok) {
    // A range typed as it is said: the author means it, only the dash is missing.
    const [start, end] = [words[1].trim(), words[2].trim()];
    return fail(say('time.range-words', { text: quote(text) }), say('time.range-write', { range: `${start}–${end}` }));
  }
  const parts = rest.split(DASHES);
  if (parts.length > 2 || parts.some((p) => p === '')) {
    return fail(say('time.not-slot', { text: quote(text) }), say('time.forms'));
  }
  const start = parseTimeOfDay(parts[0]);
  if (!start.ok) return start;
  if (parts.length === 1) return ok(open ? { start: start.value, open, text } : { start: start.value, text });
  if (open) return fail(say('time.open-and-end', { text: quote(text) }), say('time.open-and-end.hint'));
  const end = parseTimeOfDay(parts[1], true);
  if (!end.ok) return end;
  return ok({ start: start.value, end: end.value, text });
}

/**
 * The words that say an item's time is not set yet, in any of the
 * languages: "kommer", "tidspunkt kjem", "følger", "meddelas senare", "TBA".
 */
export const TO_COME = [
  'tba',
  'tbc',
  'tbd',
  'to come',
  'to be announced',
  'later',
  'kommer',
  'kommer senere',
  'tidspunkt kommer',
  'kjem',
  'kjem seinare',
  'tidspunkt kjem',
  'følger',
  'tidspunkt følger',
  'senere',
  'seinare',
  'senare',
  'meddelas senare',
  'tid meddelas senare',
];

/** An item's time: a time or range as parseTimeSlot reads it, or one of the words of TO_COME. */
export function parseItemTime(raw: string): Result<TimeSlot> {
  const text = raw.trim();
  const words = text
    .toLowerCase()
    .replace(/[.!…]+$/u, '')
    .replace(/\s+/g, ' ');
  if (TO_COME.includes(words)) return ok({ start: Number.NaN, text, toCome: true });
  return parseTimeSlot(raw);
}

/** A session's hours: a range with both ends, or one of the words of TO_COME when the hours are not set yet ("tidspunkt følger"). */
export function parseSessionTime(raw: string): Result<TimeSlot> {
  const item = parseItemTime(raw);
  return item.ok && item.value.toCome ? item : parseTimeRange(raw);
}

/** A range with both ends, as for the day's hours. */
export function parseTimeRange(raw: string): Result<TimeSlot> {
  const slot = parseTimeSlot(raw);
  if (!slot.ok) return slot;
  if (slot.value.end === undefined || slot.value.open) {
    return fail(say('time.needs-range', { text: quote(raw.trim()) }), say('time.needs-range.hint'));
  }
  return slot;
}

/** A date that exists; the hint names the forms the field takes (`date:` takes YYYY-MM-DD only). */
function checkDate(year: number | undefined, month: number, day: number, text: string, hint = say('date.forms')): Result<WrittenDate> {
  if (month < 1 || month > 12) return fail(say('date.no-month', { text: quote(text), month }), hint);
  // There is no year 0 (1 BC is followed by AD 1), and a calendar cannot hold one.
  if (year === 0) return fail(say('date.no-year', { text: quote(text) }), hint);
  if (day < 1 || day > daysInMonth(year, month)) {
    return fail(say('date.no-day', { text: quote(text), month, hasYear: year ? 'yes' : 'no', year: year ?? '', day }), hint);
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
      return fail(say('date.not-iso', { text: quote(text) }), say('date.not-iso.hint', { known: 'yes', iso: isoOf(other.value as Required<WrittenDate>) }));
    }
    return fail(say('date.not-iso', { text: quote(text) }), say('date.not-iso.hint', { known: 'no', iso: '' }));
  }
  return checkDate(Number(m[1]), Number(m[2]), Number(m[3]), text, say('date.not-iso.hint', { known: 'no', iso: '' }));
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
  return fail(say('date.not-date', { text: quote(text) }), say('date.forms'));
}
