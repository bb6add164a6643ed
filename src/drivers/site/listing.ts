/**
 * What the index page says of a gathering besides its title and date: its
 * last day (a year of meetings' last meeting), the first day's hours, the venue and the registration deadline.
 * Kept in the build record with each view (cache.ts: Entry.listing), so the
 * index lists gatherings that were up to date, or built by another shard,
 * as fully as those built now. The record is read as untrusted: a listing
 * that is not of this shape is read as none (listingOf).
 */
import { isoOf } from '../../base/calendar-date.js';
import type { Deadline, Gathering } from '../../model/gathering.js';
import { formatVenue } from '../../model/venue.js';
import { meetingsSpan } from '../../model/sessions.js';
import { mainDays, sideDay } from '../../render/when-view.js';

export interface Listing {
  /** The first main day (YYYY-MM-DD), where a day beside the main ones (an optional first day) comes before it. */
  from?: string;
  /** The last main day (YYYY-MM-DD) of a gathering of several days. */
  until?: string;
  /** The days beside the main ones (optional, or for some only), to be named after the main dates. */
  side?: ListedSideDay[];
  /** The first day's hours, minutes since midnight. */
  start?: number;
  end?: number;
  venue?: string;
  /** The registration deadline (YYYY-MM-DD), and its time when given. */
  deadline?: string;
  deadlineTime?: number;
}

export interface ListedSideDay {
  date: string;
  before: boolean;
  optional: boolean;
  /** The labels of the audiences the day is for; none for an optional day. */
  who: string[];
}

/** Words that say a deadline without a `kind` is the registration's. */
const REGISTRATION = /påmeld|tilmeld|anmäl|registr|sign.?up/i;

/** The deadline that says when registration closes: one of kind `registration`, else one whose text says so. */
export function registrationDeadline(deadlines: readonly Deadline[] | undefined): Deadline | undefined {
  const all = deadlines ?? [];
  const marked = all.filter((d) => d.kind === 'registration');
  const found = marked.length ? marked : all.filter((d) => d.kind === undefined && REGISTRATION.test(d.what));
  return [...found].sort((a, b) => (isoOf(a.date) < isoOf(b.date) ? -1 : 1))[0];
}

/** The listing of a gathering, as its whole view's record keeps it: its main days, with the days beside them apart. */
export function listingFor(g: Gathering): Listing {
  const main = mainDays(
    g,
    g.days.map((_, i) => i),
  );
  const first = g.days[main[0]];
  const last = g.days[main[main.length - 1]];
  const side = g.days.flatMap((_, i) => {
    const day = sideDay(g, i);
    return day ? [{ date: isoOf(day.date), before: day.before, optional: day.optional, who: day.who }] : [];
  });
  const deadline = registrationDeadline(g.deadlines);
  const venue = formatVenue(first.venue ?? g.venue);
  // A year of meetings lasts until its last meeting: the index lists it as to come until then.
  const meetings = meetingsSpan(g);
  const until = meetings ? meetings.last.date : main.length > 1 ? last.date : undefined;
  return {
    ...(main[0] > 0 && !meetings ? { from: isoOf(first.date) } : {}),
    ...(until && isoOf(until) !== isoOf(first.date) ? { until: isoOf(until) } : {}),
    ...(side.length && !meetings ? { side } : {}),
    ...(first.hours ? { start: first.hours.start, ...(first.hours.end !== undefined ? { end: first.hours.end } : {}) } : {}),
    ...(venue ? { venue } : {}),
    ...(deadline ? { deadline: isoOf(deadline.date), ...(deadline.time !== undefined ? { deadlineTime: deadline.time } : {}) } : {}),
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const minutes = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 24 * 60;

/** A record's listing, each field kept only when it has the shape this tool writes. */
export function listingOf(raw: unknown): Listing {
  if (typeof raw !== 'object' || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: Listing = {};
  if (typeof r.from === 'string' && ISO.test(r.from)) out.from = r.from;
  if (typeof r.until === 'string' && ISO.test(r.until)) out.until = r.until;
  const side = Array.isArray(r.side) ? r.side.filter(isSideDay) : [];
  if (side.length) out.side = side;
  if (minutes(r.start)) out.start = r.start;
  if (minutes(r.end)) out.end = r.end;
  if (typeof r.venue === 'string' && r.venue.trim()) out.venue = r.venue;
  if (typeof r.deadline === 'string' && ISO.test(r.deadline)) out.deadline = r.deadline;
  if (minutes(r.deadlineTime)) out.deadlineTime = r.deadlineTime;
  return out;
}

function isSideDay(v: unknown): v is ListedSideDay {
  if (typeof v !== 'object' || v === null) return false;
  const d = v as Record<string, unknown>;
  const who = d.who;
  return (
    typeof d.date === 'string' &&
    ISO.test(d.date) &&
    typeof d.before === 'boolean' &&
    typeof d.optional === 'boolean' &&
    Array.isArray(who) &&
    who.every((w) => typeof w === 'string')
  );
}
