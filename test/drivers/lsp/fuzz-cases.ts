/**
 * The language server never fails on a text: the parser's fuzz inputs (every
 * source the repository has, and seeded variants of them) are checked,
 * completed, hovered and fixed in-process at every line, and sent to a
 * server, which must answer every one and shut down cleanly. The unit
 * project runs a sample of them (fuzz.test.ts) through the server run in
 * its own process, the volume project every one (fuzz.volume.test.ts)
 * through a spawned server.
 */
import { expect } from 'vitest';
import { codeActions } from '../../../src/drivers/lsp/code-actions.js';
import { complete } from '../../../src/drivers/lsp/completion.js';
import { diagnose, toLsp } from '../../../src/drivers/lsp/diagnostics.js';
import { hover } from '../../../src/drivers/lsp/hover.js';
import { templateNames } from '../../../src/render/template-names.js';
import { allSources, mutate, pieces, random } from '../../parse/fuzz-inputs.js';
import { LspClient } from './client.js';

const seed = Number(process.env.SEED ?? 20261129);

/**
 * Every source and `variants` seeded variants of each, of which every
 * `every`-th is taken, then texts no source looks like: bare fences, a lone
 * piece, control characters, a line of 10,000 characters (always taken).
 */
export function inputs(variants: number, every = 1): string[] {
  const rnd = random(seed);
  const out: string[] = [];
  for (const { text } of allSources()) {
    out.push(text);
    for (let k = 0; k < variants; k++) out.push(mutate(text, rnd));
  }
  const taken = out.filter((_, i) => i % every === 0);
  taken.push('', '---', '---\n', '---\n---\n', '---\n---', '\uFEFF---\ntitle: x\n---\n', `---\n${pieces.join('\n')}\n---\n`);
  taken.push('---\ntitle: \u0000\u0007\u001b[31m\ndate: 2020-01-28\n---\n', `---\ntitle: ${'x'.repeat(10_000)}\n---\n`, '---\n- a\n- b\n---\n', '---\n[a, b\n---\n');
  return taken;
}

/** Checks, completes, hovers and fixes each text in-process, at every line; gives how many places were asked. */
export function inProcess(texts: string[]): number {
  const templates = templateNames();
  let calls = 0;
  for (const text of texts) {
    const uri = 'file:///fuzz/a.md';
    const diagnostics = diagnose(text, '/fuzz/a.md', { today: { year: 2020, month: 1, day: 1 } }).map((d) => toLsp(d, uri));
    codeActions(uri, text, diagnostics);
    const lines = text.split(/\r\n|\r|\n/);
    lines.forEach((line, i) => {
      for (const character of new Set([line.length >> 1, line.length + 3])) {
        complete(text, { line: i, character }, { templates });
        hover(text, { line: i, character });
        calls++;
      }
    });
  }
  return calls;
}

/** Sends each text to one server (spawned, or run in this process) as a change, asks completion and hover, and expects every answer and a clean shutdown. */
export async function throughServer(texts: string[], server: 'spawned' | 'in-process'): Promise<void> {
  const client = server === 'spawned' ? new LspClient() : LspClient.inProcess();
  try {
    await client.initialize();
    const uri = 'file:///fuzz/a.md';
    client.open(uri, texts[0], 1);
    for (let v = 1; v < texts.length; v++) {
      const published = client.diagnostics(uri, v + 1);
      client.change(uri, texts[v], v + 1);
      await published;
      const line = v % Math.max(1, texts[v].split('\n').length);
      await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: 2 } });
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 1 } });
    }
    expect(client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => n.params.message)).toEqual([]);
    expect(await client.shutdown()).toBe(0);
    expect(client.stderr).toBe('');
  } finally {
    client.kill();
  }
}
