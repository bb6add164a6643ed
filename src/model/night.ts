/**
 * A programme's evening runs on past midnight: "23.35 Ankomst, 00.30
 * Innkvartering", "22.30–01.00 Efterfest". Such times belong to the night
 * after the day they are listed under, and are read as minutes past 24.00
 * (00.30 is 1470), so that everything after (the order of the rows, the
 * gaps, the calendar event that ends on the next date) needs no rule of its
 * own.
 *
 * The bound is a plausible night: from the evening (18.00) to the morning
 * (06.00). A time from 00.00 to 05.59 belongs to the night when the timed
 * entry above it (in the order written, parts and parallel sets included)
 * starts in the evening or is in the night itself; a range from 18.00 on
 * may end after midnight, before 06.00. Anything else that goes backwards
 * (23.00 then 08.00, 14.00–01.00) is read as written and stays an error
 * for the time rule.
 */
import type { Day, Item, Time } from './gathering.js';

/** From this time on, the programme is in its evening, and the next early time may be after midnight. */
export const NIGHT_FROM = 18 * 60;
/** Before this time, a time after an evening entry is in the night after the day. */
export const NIGHT_UNTIL = 6 * 60;
const DAY = 24 * 60;

/** A time typed after midnight, as minutes past the day's own 24.00. */
function late(minutes: number): number {
  return minutes + DAY;
}

/** Moves the times of a day's programme that lie after midnight past 24.00, in place; the day's hours too. */
export function readNight(day: Day): void {
  if (day.hours) crossing(day.hours);
  let evening = false;
  const walk = (items: readonly Item[]) => {
    for (const item of items) {
      const t = item.time;
      if (t && !t.open) {
        if (evening && t.start < NIGHT_UNTIL) {
          t.start = late(t.start);
          if (t.end !== undefined) t.end = late(t.end);
        } else crossing(t);
        evening = t.start >= NIGHT_FROM;
      }
      walk(item.items ?? item.parallel ?? []);
    }
  };
  walk(day.programme);
}

/** A range from the evening that ends after midnight: "22.30–01.00". */
function crossing(t: Time): void {
  if (t.end !== undefined && t.end < t.start && t.start >= NIGHT_FROM && t.end <= NIGHT_UNTIL) t.end = late(t.end);
}

/** Whether a time is in the night after its day. */
export function afterMidnight(minutes: number | undefined): boolean {
  return minutes !== undefined && minutes >= DAY;
}
