/**
 * The language server checks on the editor's thread of events: a body the
 * Markdown parser would take minutes over (one paragraph of 60,000 `a]`,
 * quadratic in micromark) must not stop it answering. The paragraph is
 * refused before anything parses it (markdown-too-many-marks), so the
 * diagnostics come, hover answers and a keystroke is checked again; with a
 * link in the body, the contacts rule would otherwise parse it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';

const hostile = `---\ntitle: Samling\ndate: 2020-01-28\n---\n\nLes mer [her](https://example.no).\n\n${'a] '.repeat(60_000)}\n`;

const dir = mkdtempSync(join(tmpdir(), 'agenda-lsp-hostile-'));
const uri = pathToFileURL(join(dir, 'samling.md')).href;

describe('agenda lsp on a body too busy to parse', { timeout: 30_000 }, () => {
  let client: LspClient;
  beforeAll(async () => {
    client = new LspClient(dir, { SOURCE_DATE_EPOCH: String(Date.UTC(2020, 0, 1) / 1000) });
    await client.initialize(pathToFileURL(dir).href);
  });
  afterAll(() => client.kill());

  it('publishes markdown-too-many-marks at the paragraph, answers hover, and checks the next keystroke', async () => {
    const published = client.diagnostics(uri, 1);
    client.open(uri, hostile, 1);
    const diagnostics = await published;
    expect(diagnostics.map((d) => [d.code, d.range.start.line])).toEqual([['markdown-too-many-marks', 7]]);
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 2 } });
    expect(hover.contents.value).toContain('**title**');
    const again = client.diagnostics(uri, 2);
    client.type(uri, 2, 7, 0, 'b');
    expect((await again).map((d) => d.code)).toEqual(['markdown-too-many-marks']);
  });
});
