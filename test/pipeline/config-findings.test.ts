/**
 * The config's findings, all of them and in the order of its lines: a
 * refused value (`gap: hard`) hid the unknown rule beside it, and the
 * findings came out of line order (4, 6, 9, 8).
 */
import { describe, expect, it } from 'vitest';
import { readConfigText } from '../../src/pipeline/config.js';

describe("the config's findings", () => {
  it('are all given when one value is refused, in the order of the lines', () => {
    const read = readConfigText('rules:\n  overlapp: warning\n  gap: hard\ntemplate: tabel\nrules2: x\n', '/p/agenda.config.yaml');
    expect(read.diagnostics.map((d) => `${d.span?.start.line} ${d.code}`)).toEqual(['2 rule-unknown', '3 value-unknown', '4 template-unknown', '5 key-unknown']);
  });
});
