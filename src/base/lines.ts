/** Offsets in a text and the lines they fall on. */

/** The offset each line starts at (line 1 at index 0). */
export function lineStartsOf(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/** The index (from 0) of the line an offset falls on, by binary search of the line starts. */
export function lineIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A text's lines, found once (on the first position asked for) and shared by all that place things in it. */
export class LineIndex {
  #starts?: number[];

  constructor(readonly text: string) {}

  get starts(): readonly number[] {
    return (this.#starts ??= lineStartsOf(this.text));
  }

  /** The line and column (from 1) of an offset. */
  point(offset: number): { line: number; column: number; offset: number } {
    const starts = this.starts;
    const i = lineIndexAt(starts, offset);
    return { line: i + 1, column: offset - starts[i] + 1, offset };
  }
}
