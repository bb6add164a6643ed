/**
 * Which hours a day of a gathering of several days has when it states none.
 * The gathering's `hours` are its usual hours: a day whose programme lies
 * within them takes them (a second day may end early, at lunch), a day whose
 * programme runs outside them has other hours of its own and takes none, so
 * that the usual hours never force a day into times it does not keep.
 */
import type { Day, Time } from './gathering.js';
import { timeline } from './timeline.js';

export function inheritedHours(day: Day, hours: Time | undefined): Time | undefined {
  if (!hours || hours.end === undefined) return hours;
  let start = Infinity;
  let end = -Infinity;
  for (const slot of timeline({ ...day, hours }, 0)) {
    if (!slot.timed || slot.open || slot.evening || slot.start === undefined) continue;
    start = Math.min(start, slot.start);
    end = Math.max(end, slot.end ?? slot.start);
  }
  if (start > end) return hours;
  return start >= hours.start && end <= hours.end ? hours : undefined;
}
