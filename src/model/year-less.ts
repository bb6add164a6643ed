/**
 * The year of a date typed without one ("10.12", "16.08"). One rule for
 * every such date, and the one the text's dates follow: the year that puts
 * it nearest the gathering. A deadline that must fall before the gathering
 * (registration, preparation) takes the nearest year on or before it, so
 * that a January gathering's "10.12" is the December before; one due after
 * it (input, follow-up) the nearest on or after it; either within half a
 * year, beyond which the nearest year stands and the deadline rule reports
 * a date on the wrong side.
 */
import { dayNumber, daysInMonth } from '../base/calendar-date.js';

export type Side = 'nearest' | 'before' | 'after';

const HALF_YEAR = 183;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** The year for a day and month, seen from the gathering's date; undefined when that year has no such day (29.02). */
export function yearFor(month: number, day: number, anchor: Ymd, side: Side): number | undefined {
  const a = dayNumber(anchor);
  const years = [anchor.year - 1, anchor.year, anchor.year + 1];
  // 29.02 is measured as 01.03 where it does not exist; the year chosen must have it.
  const distance = (y: number) => dayNumber({ year: y, month, day: Math.min(day, daysInMonth(y, month)) }) - a + (day > daysInMonth(y, month) ? 1 : 0);
  const nearest = (ys: number[]) => [...ys].sort((x, y) => Math.abs(distance(x)) - Math.abs(distance(y)))[0];
  const fits = years.filter((y) => (side === 'before' ? distance(y) <= 0 : side === 'after' ? distance(y) >= 0 : true));
  const chosen = nearest(fits);
  // Half a year or more on the wrong side is a slip in the day or month, not another year: the nearest year lets the deadline rule say so.
  const year = chosen !== undefined && Math.abs(distance(chosen)) <= HALF_YEAR ? chosen : nearest(years);
  return day <= daysInMonth(year, month) ? year : undefined;
}

export function sideOf(kind: string | undefined): Side {
  if (kind === 'registration' || kind === 'preparation') return 'before';
  if (kind === 'input' || kind === 'follow-up') return 'after';
  return 'nearest';
}
