/**
 * When each programme entry of a day runs, as the reader of the printed
 * programme understands it:
 *
 * - a range runs from its start to its end;
 * - a start time alone runs until the next timed entry at the same level
 *   starts, or until the enclosing part (or the day's hours) ends; a start
 *   time followed by an entry with the same start is a point item
 *   ("08.30 Velkommen" beside "08.30–09.30 …");
 * - an untimed row follows the row above: it shares that row's block
 *   (000: "Pause" and "Drøfte …" between 09.00 and 11.30); the rows of a
 *   block run one after the other, in the order written (`sequence`), and
 *   so do untimed rows before the first timed one at their level;
 * - a part spans its items; the members of a parallel set run side by side,
 *   so a member with a start time alone runs until the set ends;
 * - an item's audiences are its own `for`, else its part's, else everyone
 *   present (`audiences: undefined`);
 * - the evening programme (`evening: true`, or a meal from 16.00 on that
 *   starts once the day's hours are over: "19.30 Festmiddag"; from 18.00
 *   on a day that states no hours) lies outside the
 *   day's hours on purpose: the day's last start time alone runs until the
 *   hours end, not until the dinner, and an evening start time alone runs
 *   until the next evening entry, else it has no end; an entry after
 *   midnight (night.ts: 00.30 is 24.30) is the evening of a day with hours.
 *
 * Both the validator and the renderer read the programme through this.
 */
import type { Day, Item } from './gathering.js';
import { afterMidnight } from './night.js';
import { maxOf, minOf } from '../base/arrays.js';

export interface Slot {
  item: Item;
  /** Index of the day within the gathering. */
  day: number;
  /** The part or parallel set this entry sits in. */
  parent?: Slot;
  /** The part (items) or parallel set (parallel) this entry is, if any. */
  container?: 'part' | 'parallel';
  /** Effective start in minutes since midnight; for an untimed row, the start of its block. */
  start?: number;
  /** Effective end; implicit for a start time alone. */
  end?: number;
  /** The author typed a time for this entry. */
  timed: boolean;
  /** The end was typed (a range), not inferred. */
  explicitEnd: boolean;
  /** An open start ("fra 09.30"): runs alongside the rest of the programme. */
  open: boolean;
  /** Starts and ends at the same time: a point in the programme, occupying no time. */
  point: boolean;
  /** For an untimed row: the timed row whose block it follows. */
  follows?: Slot;
  /**
   * Position among the rows of its block: 0 for the timed row, 1, 2 … for
   * the untimed rows after it. Untimed rows before the first timed row of
   * their level form a block of their own, numbered 0, 1, 2 ….
   */
  sequence: number;
  /** For a member of a parallel set: the set, and the member's index (its track). */
  parallel?: { set: Slot; track: number };
  /** Audience ids the entry is for; undefined means everyone present. */
  audiences?: string[];
  /** Part of the evening programme, after the day's hours on purpose. */
  evening: boolean;
  /** Its time is to come ("tidspunkt kommer"): no start, no end, in no one's block; the untimed rows under it follow it. */
  toCome: boolean;
}

/** From this time on, a meal after the day's hours end is dinner, not a slip. */
export const EVENING_MEAL = 16 * 60;
/** From this time on, a meal is dinner on a day that states no hours. */
export const EVENING_MEAL_UNHOURED = 18 * 60;

/** Every entry of the day's programme, parts and parallel sets included, in source order. */
export function timeline(day: Day, dayIndex = 0): Slot[] {
  const out: Slot[] = [];
  layout(day.programme, { day: dayIndex, end: day.hours?.end, hoursEnd: day.hours?.end }, out);
  return out;
}

/** Only the entries that are scheduled activity (not parts or parallel sets themselves). */
export function leaves(slots: readonly Slot[]): Slot[] {
  return slots.filter((s) => s.container === undefined);
}

interface Frame {
  day: number;
  parent?: Slot;
  /** Start of the enclosing part, for its first untimed rows. */
  start?: number;
  /** End of the enclosing part or day: where the last start-only entry ends. */
  end?: number;
  parallel?: Slot;
  /** The day's hours' end, for telling the evening programme. */
  hoursEnd?: number;
  evening?: boolean;
}

/** Whether an entry belongs to the evening programme (see above). */
export function isEvening(item: Item, frame: { hoursEnd?: number; evening?: boolean }): boolean {
  if (item.evening !== undefined) return item.evening;
  if (frame.evening) return true;
  const start = item.time?.start;
  // After midnight (night.ts), the night after a day with hours is its evening.
  if (start !== undefined && afterMidnight(start) && frame.hoursEnd !== undefined && start > frame.hoursEnd) return true;
  if (item.kind !== 'meal' || start === undefined) return false;
  return frame.hoursEnd === undefined ? start >= EVENING_MEAL_UNHOURED : start >= EVENING_MEAL && start >= frame.hoursEnd;
}

/**
 * Which entries of one level are the evening's: their own word, and what
 * follows the evening's first entry at a later time outside the hours (the
 * after-party after the dinner), unless it says `evening: false`.
 */
function eveningsOf(items: readonly Item[], frame: Frame): boolean[] {
  let since: number | undefined;
  return items.map((item) => {
    const start = startOf(item);
    if (isEvening(item, frame)) {
      since ??= start;
      return true;
    }
    if (item.evening === false || since === undefined || start === undefined) return false;
    return start >= since && (frame.hoursEnd === undefined || start >= frame.hoursEnd);
  });
}

function layout(items: readonly Item[], frame: Frame, out: Slot[]): Slot[] {
  const slots: Slot[] = [];
  const evenings = eveningsOf(items, frame);
  let block: Slot | undefined;
  let leading = 0;
  items.forEach((item, index) => {
    const time = item.time;
    const slot: Slot = {
      item,
      day: frame.day,
      parent: frame.parent,
      container: item.items ? 'part' : item.parallel ? 'parallel' : undefined,
      start: time?.start,
      end: time?.end,
      timed: time !== undefined,
      explicitEnd: time?.end !== undefined,
      open: !!time?.open,
      point: false,
      sequence: 0,
      audiences: item.for ?? frame.parent?.audiences,
      evening: evenings[index],
      toCome: !!item.toCome,
    };
    if (frame.parallel) slot.parallel = { set: frame.parallel, track: index };
    if (slot.timed && !slot.open) {
      if (slot.end === undefined) {
        if (frame.parallel) slot.end = frame.end;
        else if (slot.evening && !frame.evening) slot.end = nextStart(items, index, evenings, true);
        else slot.end = nextStart(items, index, evenings, slot.evening) ?? frame.end;
      }
      block = slot;
    } else if (slot.toCome) {
      block = slot;
    } else if (!slot.timed) {
      if (frame.parallel) {
        slot.start = frame.start;
        slot.end = frame.end;
      } else if (block) {
        slot.follows = block;
        slot.sequence = block.sequence + countFollowers(slots, block) + 1;
        slot.start = block.start;
        slot.end = block.end;
      } else {
        slot.sequence = leading++;
        slot.start = frame.start;
        slot.end = nextStart(items, index, evenings, false) ?? frame.end;
      }
    }
    slot.point = slot.timed && !slot.open && slot.end !== undefined && slot.end === slot.start;
    out.push(slot);
    slots.push(slot);
    if (slot.container) {
      const children = item.items ?? item.parallel ?? [];
      const inner = layout(
        children,
        {
          day: frame.day,
          parent: slot,
          start: slot.start,
          end: slot.end,
          parallel: slot.container === 'parallel' ? slot : undefined,
          hoursEnd: frame.hoursEnd,
          evening: slot.evening,
        },
        out,
      );
      if (!slot.timed) envelope(slot, inner);
    }
  });
  return slots;
}

function countFollowers(slots: readonly Slot[], block: Slot): number {
  return slots.filter((s) => s.follows === block).length;
}

/**
 * The start of the next entry at this level that starts at a set time: its
 * own time, or for an untimed part or parallel set, its first timed entry's.
 * The day's programme ends where the evening's begins: an entry of the day
 * looks past evening entries, an evening entry only at those.
 */
function nextStart(items: readonly Item[], index: number, evenings: readonly boolean[], evening: boolean): number | undefined {
  for (let i = index + 1; i < items.length; i++) {
    if (evenings[i] !== evening) continue;
    const start = startOf(items[i]);
    if (start !== undefined) return start;
  }
  return undefined;
}

function startOf(item: Item): number | undefined {
  const t = item.time;
  if (t) return t.open ? undefined : t.start;
  let first: number | undefined;
  for (const child of item.items ?? item.parallel ?? []) {
    const start = startOf(child);
    if (start !== undefined && (first === undefined || start < first)) first = start;
    if (item.items && start !== undefined) break;
  }
  return first;
}

/** An untimed part or parallel set spans its timed entries. */
function envelope(slot: Slot, inner: readonly Slot[]): void {
  const starts = inner.map((s) => s.start).filter((n): n is number => n !== undefined);
  const ends = inner.map((s) => s.end).filter((n): n is number => n !== undefined);
  if (starts.length) slot.start = minOf(starts);
  if (ends.length) slot.end = maxOf(ends);
}
