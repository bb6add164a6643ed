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

export interface Listing {
  /** The last day (YYYY-MM-DD) of a gathering of several days. */
  until?: string;
  /** The first day's hours, minutes since midnight. */
  start?: number;
  end?: number;
  venue?: string;
  /** The registration deadline (YYYY-MM-DD), and its time when given. */
  deadline?: string;
  deadlineTime?: number;
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

/** The listing of a gathering, as its whole view's record keeps it. */
export function listingFor(g: Gathering): Listing {
  const first = g.days[0];
  const last = g.days[g.days.length - 1];
  const deadline = registrationDeadline(g.deadlines);
  const venue = formatVenue(first.venue ?? g.venue);
  // A year of meetings lasts until its last meeting: the index lists it as to come until then.
  const meetings = meetingsSpan(g);
  const until = meetings ? meetings.last.date : g.days.length > 1 ? last.date : undefined;
  return {
    ...(until && isoOf(until) !== isoOf(g.date) ? { until: isoOf(until) } : {}),
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
  if (typeof r.until === 'string' && ISO.test(r.until)) out.until = r.until;
  if (minutes(r.start)) out.start = r.start;
  if (minutes(r.end)) out.end = r.end;
  if (typeof r.venue === 'string' && r.venue.trim()) out.venue = r.venue;
  if (typeof r.deadline === 'string' && ISO.test(r.deadline)) out.deadline = r.deadline;
  if (minutes(r.deadlineTime)) out.deadlineTime = r.deadlineTime;
  return out;
}
