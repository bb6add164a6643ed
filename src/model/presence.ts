/**
 * When an audience is there on a day: the day's own word for it (a day's
 * `audiences: {general: {from: 13.00}}`), else the audience's `from` and
 * `until`, else all day. A day's entry replaces the audience's times for
 * that day, both ends: a second day that names the audience without times
 * has it there all day, and `absent` says it is not there at all that day
 * (an arrival day for those who come early), as does a day `for` other
 * audiences than this one.
 */
import type { Gathering, Located } from './gathering.js';
import { own } from '../base/own.js';

export interface Presence {
  from?: number;
  until?: number;
  /** Not there at all on this day (a day's `audiences: {early: absent}`). */
  absent?: boolean;
  /** Where `from` and `until` were written: the day's entry, or the audience. */
  owner: Located;
}

export function presenceOf(g: Gathering, id: string, day: number): Presence | undefined {
  const audience = own(g.audiences, id);
  if (!audience) return undefined;
  const that = own(g.days[day]?.audiences, id);
  if (that?.absent) return { absent: true, owner: that };
  // A day for some audiences only (`for: [board]`): the others are not there.
  const only = g.days[day]?.for;
  if (only && !only.includes(id)) return { absent: true, owner: g.days[day] };
  if (that) return { from: that.from, until: that.until, owner: that };
  return { from: audience.from, until: audience.until, owner: audience };
}

/** The same times on every day the audience is there: what a banner over all the days may say. */
export function samePresence(g: Gathering, id: string): Presence | undefined {
  const days = g.days.map((_, i) => presenceOf(g, id, i)).filter((p) => !p?.absent);
  const first = days[0];
  if (days.some((p) => p?.from !== first?.from || p?.until !== first?.until)) return undefined;
  return first;
}

/** The indexes of the days an audience is there (all of them for the whole gathering). */
export function daysOf(g: Gathering, id: string | undefined): number[] {
  return g.days.map((_, i) => i).filter((i) => id === undefined || !presenceOf(g, id, i)?.absent);
}
