/**
 * The programme as the time rules see it: each day's timeline, which
 * entries run one after the other and which side by side, each row's share
 * of its block, and when each audience is present.
 *
 * Untimed rows are sequential sub-slots of their block: the block's time is
 * split evenly among its rows (a stand-in, never printed) so that "who has
 * something to do when" can be answered with intervals.
 */
import type { Day, Gathering } from '../model/gathering.js';
import { presenceOf } from '../model/presence.js';
import { leaves as leavesOf, timeline, type Slot } from '../model/timeline.js';

export interface Interval {
  start: number;
  end: number;
}

export interface DayPlan {
  day: Day;
  index: number;
  slots: Slot[];
  /** Scheduled activity: the entries that are not parts or parallel sets. */
  leaves: Slot[];
  /** Each leaf's share of its block (its own time when it is alone in it); absent when unknown. */
  share: Map<Slot, Interval>;
  /** The first start and the last end of the day's timed activity, the evening programme aside. */
  span?: Interval;
}

export function planDays(gathering: Gathering): DayPlan[] {
  return gathering.days.map((day, index) => {
    const slots = timeline(day, index);
    const leaves = leavesOf(slots);
    const share = shares(slots, leaves);
    let start = Infinity;
    let end = -Infinity;
    for (const s of leaves) {
      if (s.start === undefined || s.evening) continue;
      start = Math.min(start, s.start);
      end = Math.max(end, s.end ?? s.start);
    }
    return { day, index, slots, leaves, share, span: start <= end ? { start, end } : undefined };
  });
}

const TOP = {};

/** The rows that share one block: the timed head and its followers, or the untimed rows before any timed one. */
function blockKey(slot: Slot): object {
  if (slot.follows) return slot.follows;
  if (slot.timed) return slot;
  return slot.parent ?? TOP;
}

function shares(slots: readonly Slot[], leaves: readonly Slot[]): Map<Slot, Interval> {
  const size = new Map<object, number>();
  for (const s of slots) {
    if (s.parallel || s.open) continue;
    const key = blockKey(s);
    size.set(key, (size.get(key) ?? 0) + 1);
  }
  const out = new Map<Slot, Interval>();
  for (const s of leaves) {
    if (s.open || s.start === undefined || s.end === undefined) continue;
    const n = s.parallel ? 1 : (size.get(blockKey(s)) ?? 1);
    const step = (s.end - s.start) / n;
    out.set(s, n > 1 ? { start: s.start + s.sequence * step, end: s.start + (s.sequence + 1) * step } : { start: s.start, end: s.end });
  }
  return out;
}

/** The path from the day's top level down to the slot. */
const paths = new WeakMap<Slot, Slot[]>();
function path(slot: Slot): Slot[] {
  const known = paths.get(slot);
  if (known) return known;
  const out: Slot[] = [];
  for (let s: Slot | undefined = slot; s; s = s.parent) out.push(s);
  out.reverse();
  paths.set(slot, out);
  return out;
}

/**
 * How two entries of the same day relate, judged where their paths part:
 * `tracks` when they sit in different members of a parallel set, `rows`
 * when they are rows of one block (one after the other), else `apart`
 * (their times decide).
 */
export function relation(a: Slot, b: Slot): 'tracks' | 'rows' | 'nested' | 'apart' {
  const pa = path(a);
  const pb = path(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length || i === pb.length) return 'nested';
  const x = pa[i];
  const y = pb[i];
  if (x.parallel && y.parallel) return 'tracks';
  if (!x.open && !y.open && blockKey(x) === blockKey(y)) return 'rows';
  return 'apart';
}

/** When an audience is present on a day: the day's times for it, else its `from` to its `until`, else all day. */
export function presence(g: Gathering, id: string, day: number): Interval {
  const p = presenceOf(g, id, day);
  if (p?.absent) return { start: 0, end: 0 };
  return { start: p?.from ?? -Infinity, end: p?.until ?? Infinity };
}

export function overlap(a: Interval, b: Interval): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** The parts of `within` that no interval of `cover` covers. */
export function uncovered(within: Interval, cover: readonly Interval[]): Interval[] {
  const sorted = cover.filter((c) => c.end > within.start && c.start < within.end).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  let at = within.start;
  for (const c of sorted) {
    if (c.start > at) out.push({ start: at, end: Math.min(c.start, within.end) });
    at = Math.max(at, c.end);
    if (at >= within.end) break;
  }
  if (at < within.end) out.push({ start: at, end: within.end });
  return out.filter((g) => g.end - g.start > 1e-9);
}

/** Whether an entry is for an audience: its own `for` (or its part's), or everyone when it names none. */
export function isFor(slot: Slot, audience: string): boolean {
  return slot.audiences === undefined || slot.audiences.includes(audience);
}
