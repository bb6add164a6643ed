/**
 * A refused value no longer hides the rules' findings in the rest of the
 * file (issue 21): a `kind: lunch` and an overlap come in one run, and the
 * file still gives no gathering, so nothing renders it.
 */
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';

const source = (extra: string) =>
  `---\ntitle: Samling\ndate: 2026-02-12\n${extra}programme:\n  - time: 09.00–10.00\n    title: Foredrag\n  - time: 09.30–10.30\n    title: Gruppearbeid\n  - time: 10.30–11.00\n    title: Lunsj\n    kind: lunch\n---\n`;
const codes = (text: string) => checkSource(text, 'x.md').diagnostics.map((d) => `${d.span?.start.line}:${d.span?.start.column} ${d.code}`);

describe('a value the format refuses, and the rest of the file', () => {
  it('gives the refused value and the rules over the rest in one run', () => {
    expect(codes(source('venu: Rådhuset\n'))).toEqual(['4:1 key-unknown', '8:11 overlap', '12:11 value-unknown']);
  });

  it('gives no gathering: a file with an error renders nothing', () => {
    expect(checkSource(source(''), 'x.md').gathering).toBeUndefined();
  });

  it("says nothing of an entry a value was left out of: the finding may be the value's doing", () => {
    const text = source('').replace('    title: Gruppearbeid\n', '    title: Gruppearbeid\n    kind: workshop\n');
    expect(codes(text)).toEqual(['9:11 value-unknown', '12:11 value-unknown']);
  });

  it('a YAML syntax error still stops the file', () => {
    expect(codes(source('subtitle: Tema: x\n'))).toEqual(['4:11 yaml-syntax']);
  });
});
