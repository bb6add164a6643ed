/**
 * A message that quotes a source's text is shown in an editor's list of
 * problems with its hidden characters spelled out (\u{202e}), as on the
 * terminal: an override in a quoted title would reorder the editor's line.
 */
import { describe, expect, it } from 'vitest';
import { codeActions } from '../../../src/drivers/lsp/code-actions.js';
import { diagnose, toLsp } from '../../../src/drivers/lsp/diagnostics.js';

describe('a diagnostic sent to the editor', () => {
  it('spells out the hidden characters of the text it quotes, in the message, the hint and related notes', () => {
    const lsp = toLsp(
      {
        file: '/p/a.md',
        code: 'overlap',
        severity: 'warning',
        message: '"Invoice \u202egnp.exe" overlaps "Lunsj"',
        hint: 'move "pass\u200bord"',
        related: [{ file: '/p/a.md', message: '"Invoice \u202egnp.exe" is here' }],
      },
      'file:///p/a.md',
    );
    expect(lsp.message).toBe('"Invoice \\u{202e}gnp.exe" overlaps "Lunsj"\nhint: move "pass\\u{200b}ord"');
    expect(lsp.relatedInformation?.[0].message).toBe('"Invoice \\u{202e}gnp.exe" is here');
  });

  it('offers to remove the invisible characters of a text', () => {
    const text = '---\ntitle: "Invoice \u202egnp.exe"\ndate: 2026-03-02\n---\n';
    const uri = 'file:///p/a.md';
    const diagnostics = diagnose(text, '/p/a.md', { today: { year: 2026, month: 1, day: 1 } }).map((d) => toLsp(d, uri));
    const actions = codeActions(uri, text, diagnostics).filter((a) => a.diagnostics?.[0].code === 'hidden-character');
    expect(actions.map((a) => [a.title, a.edit?.changes?.[uri][0].newText])).toEqual([['Remove the invisible characters', '"Invoice gnp.exe"']]);
  });
});
