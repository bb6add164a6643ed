/**
 * An output's name never carries a character that hides or turns text
 * round (issue 25): a source named with U+202E, a zero-width or a control
 * character gives a name without it, on disk, in links and in the index.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { outputName } from '../../../src/drivers/sources/source-filter.js';

const root = join('/', 'project');
const base = join(root, 'gatherings');
const named = (file: string) => outputName(join(base, file), base, root);

it('leaves out bidi controls, zero-width and control characters', () => {
  expect(named('Invoice\u202egnp.exe.md')).toBe('Invoicegnp.exe');
  expect(named('sam\u200bling.md')).toBe('samling');
  expect(named('\u2066samling\u2069-2026.md')).toBe('samling-2026');
  expect(named('linje\nto\tog\u0007.md')).toBe('linjetoog');
  expect(named(join('h\u200døst', 'møte\u202d.md'))).toBe('høst/møte');
});

it('keeps letters of every script, and the joiners an emoji or a script needs', () => {
  expect(named('Møte på Ørland.md')).toBe('Møte på Ørland');
  expect(named('اجتماع.md')).toBe('اجتماع');
  expect(named('familie-👨\u200d👩\u200d👧.md')).toBe('familie-👨\u200d👩\u200d👧');
});

it('names a part that was nothing but hidden characters by its code points, never an empty name', () => {
  expect(named('\u202e.md')).toBe('u202e');
  expect(named(join('\u200b', 'a.md'))).toBe('u200b/a');
});

it('leaves the characters out of a name outside the base and the project too', () => {
  expect(outputName(join('/', 'elsewhere', 'x\u202ey.md'), base, root)).toBe('xy');
});
