/**
 * What one finding weighs when sent to the editor: a message, hint
 * included, of at most MESSAGE_LIMIT characters, and at most RELATED_LIMIT
 * related places, so that a publication stays small whatever a rule says.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/base/diagnostics/diagnostic.js';
import { MESSAGE_LIMIT, RELATED_LIMIT, toLsp } from '../../../src/drivers/lsp/diagnostics.js';

const span = { start: { line: 3, column: 1, offset: 20 }, end: { line: 3, column: 5, offset: 24 } };

describe('a finding as the editor is sent it', () => {
  it('keeps a long message, and each related note, to MESSAGE_LIMIT characters, and sends RELATED_LIMIT related places', () => {
    const long = 'Innslaget «Pause» overlapper '.repeat(400);
    const d: Diagnostic = {
      code: 'overlap',
      severity: 'warning',
      file: '/tmp/a.md',
      span,
      message: long,
      hint: 'flytt innslaget',
      related: Array.from({ length: 40 }, () => ({ file: '/tmp/a.md', span, message: long })),
    };
    const sent = toLsp(d, 'file:///tmp/a.md');
    const message = String(sent.message);
    expect(message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(message.startsWith(long.slice(0, 100))).toBe(true);
    expect(message.endsWith('…')).toBe(true);
    expect(sent.relatedInformation).toHaveLength(RELATED_LIMIT);
    for (const r of sent.relatedInformation ?? []) expect(r.message.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });

  it('sends a short message, its hint and its related notes as they are', () => {
    const d: Diagnostic = { code: 'overlap', severity: 'warning', file: '/tmp/a.md', span, message: 'kort', hint: 'flytt', related: [{ file: '/tmp/a.md', span, message: 'her' }] };
    const sent = toLsp(d, 'file:///tmp/a.md');
    expect(sent.message).toMatch(/^kort\n.*flytt$/);
    expect(sent.relatedInformation?.map((r) => r.message)).toEqual(['her']);
  });
});
