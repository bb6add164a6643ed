/**
 * The server's copy of an editor's document, kept as lines: after any run
 * of changes (whole texts, ranges across lines, line breaks of every kind
 * split and joined, ranges past the end or backwards) its text is the one
 * the protocol says (LSP 3.17: a character past a line's end is its end,
 * a line past the last is the text's end).
 */
import { describe, expect, it } from 'vitest';
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { LineDocument } from '../../../src/drivers/lsp/document.js';

/** A generator of numbers from a seed, the same every run. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((s / 2 ** 31) * n);
  };
}

/** The offset of `p` in `text`, as the protocol defines it: line starts read afresh from the whole text. */
function offsetIn(text: string, p: Position): number {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  if (p.line >= starts.length) return text.length;
  const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] - (text.slice(0, starts[p.line + 1]).match(/(\r\n|\r|\n)$/)?.[0].length ?? 0) : text.length;
  return Math.min(starts[p.line] + p.character, lineEnd);
}

/** The text after `change`, computed the plain way. */
function changed(text: string, change: TextDocumentContentChangeEvent): string {
  if (!('range' in change)) return change.text;
  let [a, b] = [offsetIn(text, change.range.start), offsetIn(text, change.range.end)];
  if (a > b) [a, b] = [b, a];
  return text.slice(0, a) + change.text + text.slice(b);
}

const pieces = ['a', 'ø€', '\n', '\r\n', '\r', 'tid: 09.00', ' ', '\n\n', '😀'];
const textFrom = (pick: (n: number) => number, n: number) => Array.from({ length: n }, () => pieces[pick(pieces.length)]).join('');

describe('a document kept as lines', () => {
  it('reads as the protocol says after 3,000 random changes', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const pick = random(seed);
      let text = textFrom(pick, 40);
      const mine = new LineDocument('file:///a.md', 'markdown', 1, text);
      for (let version = 2; version < 102; version++) {
        const lines = text.split(/\r\n|\r|\n/).length;
        const at = () => ({ line: pick(lines + 2), character: pick(14) });
        const change = pick(20) === 0 ? { text: textFrom(pick, 10) } : { range: { start: at(), end: at() }, text: textFrom(pick, pick(4)) };
        text = changed(text, change);
        mine.apply([change], version);
        expect(mine.getText()).toBe(text);
      }
      expect(mine.version).toBe(101);
    }
  });

  it('applies several changes of one notification in order', () => {
    const doc = new LineDocument('file:///a.md', 'markdown', 1, 'title: a\ndate: b\n');
    const at = (line: number, character: number) => ({ line, character });
    doc.apply(
      [
        { range: { start: at(0, 7), end: at(0, 8) }, text: 'Samling' },
        { range: { start: at(1, 6), end: at(1, 7) }, text: '2030-03-05\nvenue: Rådhuset' },
      ],
      2,
    );
    expect(doc.getText()).toBe('title: Samling\ndate: 2030-03-05\nvenue: Rådhuset\n');
  });
});
