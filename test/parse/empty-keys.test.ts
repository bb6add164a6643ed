/**
 * A key with nothing after it (or only a comment: `accent: #1a4f8b`) is
 * left out of the data, as if it were not there: a misspelt or misplaced
 * one must still be called unknown, in a source and in the config, where
 * it is written; a known one stays as quiet as before.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource } from '../../src/pipeline/compile.js';
import { readConfigText } from '../../src/pipeline/config.js';

const at = (ds: { code: string; span?: { start: { line: number; column: number } } }[]) => ds.map((d) => [d.code, d.span?.start.line, d.span?.start.column]);

describe('an empty value', () => {
  it('under an unknown key is that key\u2019s error, at the key, and the rules still read the rest', () => {
    const text = '---\ntitle: Samling\ndate: 2030-01-28\nhours: 09.00–16.00\nvenu:\nprogramme:\n  - time: 09.00–10.00\n    title: Velkommen\n    detalj:\n---\n';
    const result = checkSource(text, 'samling.md', { today: { year: 2030, month: 1, day: 1 } });
    expect(at(result.diagnostics.filter((d) => d.code === 'key-unknown'))).toEqual([
      ['key-unknown', 5, 1],
      ['key-unknown', 9, 5],
    ]);
    // Not rendered, but checked: the day's hours against the programme.
    expect(result.gathering).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toContain('hours-mismatch');
  });

  it('under a known key, in a map the author names, or as an empty list item, says nothing', () => {
    const text =
      '---\ntitle: Samling\ndate: 2030-01-28\nvenue:\nsubtitle: # kommer\nfacts:\n  Parkering:\naudiences:\n  alle:\nprogramme:\n  - time: 09.00–16.00\n    title: Velkommen\n    details:\n  -\n---\n';
    const result = checkSource(text, 'samling.md', { today: { year: 2030, month: 1, day: 1 } });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.gathering?.title).toBe('Samling');
  });

  it('under an unknown key of the config is called unknown too', () => {
    const loaded = readConfigText('branding:\n  organisation: Asker kommune\n  acent:\n', join(tmpdir(), 'agenda.config.yaml'));
    expect(at(loaded.diagnostics)).toEqual([['key-unknown', 3, 3]]);
  });
});
