/**
 * Arrays whose length the sources decide. `Math.max(...list)` and
 * `target.push(...list)` pass every element as an argument and overflow the
 * call stack past about 100,000 (1,000 items at one hour gave that many
 * findings, and the report formatter failed for every file): these loop.
 */

/** The largest of the values; `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let out = -Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v > out || Number.isNaN(v)) out = v;
  }
  return any ? out : empty;
}

/** The smallest of the values; `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let out = Infinity;
  let any = false;
  for (const v of values) {
    any = true;
    if (v < out || Number.isNaN(v)) out = v;
  }
  return any ? out : empty;
}

/** Adds the items to the end of `target`, one by one. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
