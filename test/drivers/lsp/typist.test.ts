/**
 * `agenda lsp` under a fast typist and hostile texts (issue 25, 7): it
 * checks a document's newest version, not every keystroke; it sends a
 * bounded message for a text with thousands of findings or megabytes of
 * text; and a frame whose Content-Length is wrong does not silence it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';

const dir = mkdtempSync(join(tmpdir(), 'agenda-lsp-typist-'));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;
const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2020, 0, 1) / 1000) };

const source = (items: string[], body = 'Om samlingen.') =>
  `---\ntitle: Samling\nlanguage: nb\ndate: 2030-03-05\nhours: 09.00–16.00\nvenue: Rådhuset\nprogramme:\n${items.map((t) => `  - time: ${t}\n    title: Innslag\n`).join('')}---\n\n${body}\n\n::programme\n`;
const good = source(['09.00', '10.00', '11.00']);

describe('agenda lsp under load', { timeout: 120_000 }, () => {
  let client: LspClient;
  beforeAll(async () => {
    client = LspClient.inProcess(env);
    await client.initialize(pathToFileURL(dir).href);
  });
  afterAll(() => client.kill());

  it('checks the newest version after 2,000 keystrokes sent at once, not each of them', async () => {
    const uri = uriOf('typist.md');
    const opened = client.diagnostics(uri, 1);
    client.open(uri, good, 1);
    await opened;
    // The last keystroke turns 11.00 into 11.000…: a time the checker refuses.
    const last = client.diagnostics(uri, 2001);
    for (let v = 2; v <= 2001; v++) client.type(uri, v, 11, 17, '0');
    const diagnostics = await last;
    expect(diagnostics.map((d) => d.code)).toContain('time-invalid');
    const publications = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
    expect(publications.length).toBeLessThan(200);
    expect(publications.at(-1)!.params.version).toBe(2001);
  });

  it('checks each document at its newest version when keystrokes to two documents arrive interleaved', async () => {
    const [a, b] = [uriOf('first.md'), uriOf('second.md')];
    for (const uri of [a, b]) {
      const opened = client.diagnostics(uri, 1);
      client.open(uri, good, 1);
      await opened;
    }
    const last = [client.diagnostics(a, 1001), client.diagnostics(b, 1001)];
    // Alternate keystrokes: no two changes to one document follow each other.
    for (let v = 2; v <= 1001; v++) for (const uri of [a, b]) client.type(uri, v, 11, 17, '0');
    for (const diagnostics of await Promise.all(last)) expect(diagnostics.map((d) => d.code)).toContain('time-invalid');
    for (const uri of [a, b]) {
      const publications = client.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
      expect(publications.length).toBeLessThan(100);
    }
  });

  it('sends a bounded message for a file of 1,000 items at one hour: 100 findings and one that counts the rest', async () => {
    const uri = uriOf('crowd.md');
    const published = client.diagnostics(uri, 1);
    client.open(uri, source(Array.from({ length: 1000 }, () => '09.00–10.00')), 1);
    const diagnostics = await published;
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics.at(-1).code).toBe('findings-capped');
    const bytes = client.notifications.find((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri)!.bytes;
    expect(bytes).toBeLessThan(250_000);
  });

  it('reads on after a frame whose Content-Length is too large or too small', async () => {
    const uri = uriOf('framing.md');
    const opened = client.diagnostics(uri, 1);
    client.open(uri, good, 1);
    await opened;
    const change = (version: number, text: string) => ({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text }] } });
    for (const [delta, version] of [
      [1000, 2],
      [-40, 4],
    ]) {
      const bad = LspClient.frame(change(version, good));
      const body = bad.length - bad.indexOf('\r\n\r\n') - 4;
      const answered = client.diagnostics(uri, version + 1);
      client.sendRaw(Buffer.concat([LspClient.frame(change(version, good), body + delta), LspClient.frame(change(version + 1, good.replace('11.00', '25.00')))]));
      expect((await answered).map((d) => d.code)).toContain('time-invalid');
    }
    expect(client.notifications.some((n) => n.method === 'window/logMessage' && /said it was \d+ bytes long/.test(n.params.message))).toBe(true);
  }, 30_000);
});
