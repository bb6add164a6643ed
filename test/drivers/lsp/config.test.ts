/**
 * The language server and the project config: sources are checked with the
 * agenda.config.yaml above them, checked again when it changes (on disk, or
 * unsaved in the editor), and a broken config is shown at its line.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './client.js';

// One audience no item is for: an audience-unused warning, unless the config turns it off.
const source = `---
title: Samling
date: 2020-01-28
audiences:
  owners: Skoleeiere
programme:
  - time: 0900
    title: Velkommen
    for: owners
  - time: 1000
    title: Lunsj
    kind: meal
    for: teachers
---
`;

const dir = mkdtempSync(join(tmpdir(), 'agenda-lsp-config-'));
mkdirSync(join(dir, 'gatherings'));
const configFile = join(dir, 'agenda.config.yaml');
const configUri = pathToFileURL(configFile).href;
const uri = pathToFileURL(join(dir, 'gatherings', 'samling.md')).href;
const codes = (list: any[]) => list.map((d) => d.code).sort();

describe('agenda lsp with a project config', { timeout: 30_000 }, () => {
  let client: LspClient;
  beforeAll(async () => {
    writeFileSync(configFile, 'rules:\n  audience-undeclared: warning\n');
    client = LspClient.inProcess({ SOURCE_DATE_EPOCH: String(Date.UTC(2020, 0, 1) / 1000) });
    await client.initialize(pathToFileURL(dir).href);
  });
  afterAll(() => client.kill());

  it('checks with the config found above the source', async () => {
    const published = client.diagnostics(uri);
    client.open(uri, source);
    const diagnostics = await published;
    expect(codes(diagnostics)).toEqual(['audience-undeclared']);
    expect(diagnostics[0].severity).toBe(2);
  });

  it('checks again when the config changes on disk', async () => {
    writeFileSync(configFile, 'rules:\n  audience-undeclared: off\n');
    const published = client.diagnostics(uri);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    expect(await published).toEqual([]);
  });

  it('shows a broken config at its line, and says so in the source', async () => {
    writeFileSync(configFile, 'rules:\n  audience-undeclared: off\ntempalte: welcome\n');
    const forConfig = client.diagnostics(configUri);
    const forSource = client.diagnostics(uri);
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const [problem] = await forConfig;
    expect(problem).toMatchObject({
      code: 'key-unknown',
      severity: 1,
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 8 } },
      message: 'Unknown key "tempalte"\nhint: did you mean "template"?',
    });
    const notice = (await forSource).find((d: any) => d.code === 'config-invalid');
    expect(notice.severity).toBe(2);
    expect(notice.message).toContain(`The project config ${configFile} has an error: Unknown key "tempalte"`);
    expect(notice.relatedInformation[0].location).toEqual({ uri: configUri, range: problem.range });
  });

  it('reads the images a source names, as check does', async () => {
    const image = pathToFileURL(join(dir, 'gatherings', 'bilde.md')).href;
    const published = client.diagnostics(image);
    client.open(image, '---\ntitle: Samling\ndate: 2020-01-28\n---\n\n![Kart](kart.png)\n');
    const missing = (await published).find((d: any) => d.code !== 'config-invalid');
    expect(missing).toMatchObject({ code: 'image-unreadable', severity: 1, range: { start: { line: 5 } } });
  });

  it('reads an open config as it stands in the editor, saved or not', async () => {
    const published = client.diagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri: configUri, languageId: 'yaml', version: 1, text: 'rules:\n  audience-undeclared: error\n' } });
    const diagnostics = await published;
    expect(codes(diagnostics)).toEqual(['audience-undeclared']);
    expect(diagnostics[0].severity).toBe(1);
    // The config's own findings, at their place in the unsaved text.
    const found = client.next('textDocument/publishDiagnostics', (p) => p.uri === configUri && p.diagnostics.length > 0);
    client.change(configUri, 'rules:\n  audience-undeclared: error\n  overlapz: off\n', 2);
    const [unknown] = (await found).diagnostics;
    expect(unknown).toMatchObject({
      code: 'rule-unknown',
      range: { start: { line: 2, character: 2 } },
      message: 'Unknown rule "overlapz" in rules\nhint: did you mean "overlap"?',
    });
  });
});

describe('agenda lsp with a broken project config, in bokmål', { timeout: 30_000 }, () => {
  it('says in the editor’s language that the config has errors, and how many', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'agenda-lsp-config-nb-'));
    writeFileSync(join(folder, 'agenda.config.yaml'), 'tempalte: welcome\nrulez: {}\n');
    const client = LspClient.inProcess({ SOURCE_DATE_EPOCH: String(Date.UTC(2020, 0, 1) / 1000) });
    try {
      await client.initialize(pathToFileURL(folder).href, 'nb-NO');
      const sourceUri = pathToFileURL(join(folder, 'samling.md')).href;
      const published = client.diagnostics(sourceUri);
      client.open(sourceUri, source);
      const notice = (await published).find((d: any) => d.code === 'config-invalid');
      expect(notice.message).toMatch(new RegExp(`^Prosjektinnstillingene i ${join(folder, 'agenda.config.yaml')} har 2 feil: `));
      expect(notice.message).toMatch(/\n.*rett opp innstillingene/);
    } finally {
      client.kill();
    }
  });
});
