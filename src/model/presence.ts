/**
 * When an audience is there on a day: the day's own word for it (a day's
 * `audiences: {general: {from: 13.00}}`), else the audience's `from` and
 * `until`, else all day. A day's entry replaces the audience's times for
 * that day, both ends: a second day that names the audience without times
 * has it there all day.
 */
import type { Gathering, Located } from './gathering.js';
import { own } from '../base/own.js';

export interface Presence {
  from?: number;
  until?: number;
  /** Where `from` and `until` were written: the day's entry, or the audience. */
  owner: Located;
}

export function presenceOf(g: Gathering, id: string, day: number): Presence | undefined {
  const audience = own(g.audiences, id);
  if (!audience) return undefined;
  const that = own(g.days[day]?.audiences, id);
  if (that) return { from: that.from, until: that.until, owner: that };
  return { from: audience.from, until: audience.until, owner: audience };
}

/** The same times on every day: what a banner over all the days may say. */
export function samePresence(g: Gathering, id: string): Presence | undefined {
  const first = presenceOf(g, id, 0);
  for (let i = 1; i < g.days.length; i++) {
    const p = presenceOf(g, id, i);
    if (p?.from !== first?.from || p?.until !== first?.until) return undefined;
  }
  return first;
}
