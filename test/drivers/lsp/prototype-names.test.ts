/**
 * The language server and the words that name Object's own properties
 * (`constructor`, `__proto__`, `toString` …): as keys and values of a source
 * and of the project config open in the editor, each is diagnosed as any
 * unknown word is, and hover and completion on it answer (nothing, or the
 * ordinary offer) instead of failing. A lookup keyed by such a word in a
 * plain object made the check fail ("table[…]?.find is not a function").
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { LspClient } from './client.js';

const every = Object.getOwnPropertyNames(Object.prototype);
/** The unit project tries the names that differ in kind (a function, the prototype's accessor, a method) and one in four of the others; the volume project every name. */
const names = inject('sample') ? every.filter((name, i) => ['constructor', '__proto__', 'toString'].includes(name) || i % 4 === 0) : every;
const dir = mkdtempSync(join(tmpdir(), 'agenda-lsp-proto-'));
mkdirSync(join(dir, 'gatherings'));
const configFile = join(dir, 'agenda.config.yaml');
const configUri = pathToFileURL(configFile).href;
const codes = (list: any[]) => list.map((d) => d.code).sort();

function sourceWith(word: string): string {
  return [
    '---',
    'title: Samling',
    'date: 2020-01-28',
    `language: ${word}`,
    `template: ${word}`,
    `${word}: x`,
    'venue:',
    `  ${word}: x`,
    'audiences:',
    '  owners: Eiere',
    'programme:',
    `  - time: 09.00`,
    `    title: ${word}`,
    `    for: ${word}`,
    `    kind: ${word}`,
    `    ${word}: x`,
    'rules:',
    `  gap: ${word}`,
    '---',
    '',
  ].join('\n');
}

describe('agenda lsp and the names of Object.prototype', { timeout: 60_000 }, () => {
  let client: LspClient;
  beforeAll(async () => {
    writeFileSync(configFile, 'rules:\n  date-past: off\n');
    client = LspClient.inProcess({ SOURCE_DATE_EPOCH: String(Date.UTC(2020, 0, 1) / 1000) });
    await client.initialize(pathToFileURL(dir).href);
  });
  afterAll(() => client.kill());

  it('diagnoses each as an unknown word in a source, and answers hover and completion on it', async () => {
    for (const word of names) {
      const uri = pathToFileURL(join(dir, 'gatherings', `${word}.md`)).href;
      const text = sourceWith(word);
      const published = client.diagnostics(uri);
      client.open(uri, text);
      const found = codes(await published);
      expect(found, word).not.toContain('check-failed');
      // Where the keys and values are read whole (the first problems stop the rest), the word is unknown.
      expect(found, word).toContain(word === '__proto__' ? 'key-reserved' : 'key-unknown');
      const lines = text.split('\n');
      for (let line = 0; line < lines.length; line++) {
        const character = lines[line].indexOf(word);
        if (character < 0) continue;
        const position = { textDocument: { uri }, position: { line, character: character + 1 } };
        const hover = await client.request('textDocument/hover', position);
        expect(hover === null || typeof hover.contents === 'object', `${word} at ${line}`).toBe(true);
        const completion = await client.request('textDocument/completion', { ...position, position: { line, character: character + word.length } });
        expect(completion === null || Array.isArray(completion) || Array.isArray(completion.items), `${word} at ${line}`).toBe(true);
      }
      // Inside a map the word names: nothing is offered there, as under any unknown key.
      const inside = pathToFileURL(join(dir, 'gatherings', `in-${word}.md`)).href;
      client.open(inside, `---\nvenue:\n  ${word}:\n    \n---\n`);
      const offered = await client.request('textDocument/completion', { textDocument: { uri: inside }, position: { line: 3, character: 4 } });
      expect(offered === null ? [] : (offered.items ?? offered), word).toEqual([]);
    }
  });

  it('diagnoses each in the config open in the editor, and checks the sources with it', async () => {
    const uri = pathToFileURL(join(dir, 'gatherings', 'samling.md')).href;
    const opened = client.diagnostics(uri);
    client.open(uri, '---\ntitle: Samling\ndate: 2020-01-28\n---\n');
    await opened;
    let version = 1;
    const rechecked = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri: configUri, languageId: 'yaml', version, text: 'rules:\n  date-past: off\n' } });
    await rechecked;
    for (const word of names) {
      const text = `rules:\n  date-past: ${word}\n  ${word}: off\ntemplate: ${word}\n${word}: x\nbranding:\n  ${word}: x\n`;
      const forConfig = client.next('textDocument/publishDiagnostics', (p) => p.uri === configUri && p.diagnostics.length > 0);
      const forSource = client.diagnostics(uri);
      client.change(configUri, text, ++version);
      const config = codes((await forConfig).diagnostics);
      expect(config, word).not.toContain('check-failed');
      expect(config, word).toContain('value-unknown');
      expect(config, word).toContain(word === '__proto__' ? 'key-reserved' : 'key-unknown');
      expect(codes(await forSource), word).toEqual(['config-invalid']);
    }
  });
});
