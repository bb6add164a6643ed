/**
 * The preview's overlay shows a source's problems over its page: a message
 * that quotes a text with a hidden character shows it spelled out
 * (\u{202e}), so the overlay line is not reordered by what it quotes.
 */
import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../../src/drivers/build/build.js';
import { problemsOf } from '../../../src/drivers/watch/preview-state.js';

describe('the preview overlay’s problems', () => {
  it('spell out the hidden characters of the text a message quotes', () => {
    const report = {
      diagnostics: [{ file: '/p/a.md', code: 'overlap', severity: 'error', message: '"Invoice \u202egnp.exe" overlaps', hint: 'move "pass\u200bord"' }],
    } as unknown as BuildReport;
    const [problem] = problemsOf(report, { version: 2, outputs: {} }, '/p');
    expect(problem.diagnostics[0]).toMatchObject({ message: '"Invoice \\u{202e}gnp.exe" overlaps', hint: 'move "pass\\u{200b}ord"' });
  });
});
