/**
 * The language server speaks the editor's language (the `locale` of
 * `initialize`), or the project config's `messages:` where it names one:
 * hover, completion details, quick-fix titles and the diagnostics' hints.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';

const source = `---
title: Samling
date: 2020-01-28
venu: Oslo
programme:
  - time: 0900
    title: Velkommen
    
---
`;

const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2020, 0, 1) / 1000) };

/** A server started in `dir` with the editor's `locale`, with `samling.md` open. */
async function session(dir: string, locale: string) {
  const client = LspClient.inProcess(env);
  await client.initialize(pathToFileURL(dir).href, locale);
  const uri = pathToFileURL(join(dir, 'samling.md')).href;
  const published = client.diagnostics(uri, 1);
  client.open(uri, source, 1);
  const diagnostics = await published;
  const hover = async (line: number, character: number) =>
    (await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character } }))?.contents.value as string;
  const completion = async (line: number, character: number) =>
    (await client.request('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as { label: string; detail?: string }[];
  const fixes = async () =>
    ((await client.request('textDocument/codeAction', { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } })) as { title: string }[]).map(
      (a) => a.title,
    );
  return { client, diagnostics, hover, completion, fixes };
}

describe('agenda lsp in the editor’s language', { timeout: 30_000 }, () => {
  const clients: LspClient[] = [];
  afterAll(() => {
    for (const c of clients) c.kill();
  });

  it('speaks bokmål to an editor whose locale is nb-NO', async () => {
    const s = await session(mkdtempSync(join(tmpdir(), 'agenda-lsp-lang-')), 'nb-NO');
    clients.push(s.client);
    expect(await s.hover(4, 2)).toContain('**programme**: Programmet: en liste med innslag');
    const lead = (await s.completion(7, 4)).find((i) => i.label === 'lead');
    expect(lead?.detail).toBe('Hvem som leder innslaget, én eller en liste');
    expect(await s.fixes()).toEqual(['Endre til venue']);
    expect(s.diagnostics[0].message).toMatch(/\ntips: /);
  });

  it('speaks the config’s messages: language before the editor’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agenda-lsp-lang-'));
    writeFileSync(join(dir, 'agenda.config.yaml'), 'messages: sv\n');
    const s = await session(dir, 'da-DK');
    clients.push(s.client);
    expect(await s.hover(1, 2)).toContain('**title**: Träffens namn, rubriken på inbjudan');
    expect(await s.fixes()).toEqual(['Ändra till venue']);
  });

  it('speaks English to an editor in a language it does not know', async () => {
    const s = await session(mkdtempSync(join(tmpdir(), 'agenda-lsp-lang-')), 'de-DE');
    clients.push(s.client);
    expect(await s.hover(1, 2)).toContain("**title**: The gathering's title, the invitation's heading");
    expect(await s.fixes()).toEqual(['Change to venue']);
    expect(s.diagnostics[0].message).toMatch(/\nhint: /);
  });
});
