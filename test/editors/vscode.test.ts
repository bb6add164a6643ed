/**
 * The VS Code extension as a user gets it: `npm run vsix` makes a .vsix with
 * no question asked, VS Code can read it (manifest, content types, the
 * entry file), it carries the client bundled rather than node_modules, and
 * the extension finds `agenda` where a user has it or says what to install.
 */
import { execFile } from 'node:child_process';
import { builtinModules, createRequire } from 'node:module';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from '../drivers/build/helpers.js';

const folder = join(root, 'editors', 'vscode');
const require = createRequire(import.meta.url);
const { findAgenda } = require(join(folder, 'find-agenda.js')) as {
  findAgenda: (o: { setting?: string; folders?: string[]; env?: NodeJS.ProcessEnv; platform?: string; exists?: (f: string) => boolean }) => {
    command?: string;
    from?: string;
    missing?: string;
  };
};

/** The entries of a zip, read from its central directory, each checked against its CRC. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const packed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + packed);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    expect(crc32(data), name).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength + skip;
  }
  return files;
}

let packaged: Promise<{ files: Map<string, Buffer>; stdout: string }> | undefined;
/** `npm run vsix`, run once for the file (esbuild bundles the client each time: about 0.4 s of CPU): the tests only read what it made. */
function packageVsix(): Promise<{ files: Map<string, Buffer>; stdout: string }> {
  packaged ??= (async () => {
    const out = join(await tempDir('agenda-vsix-'), 'agenda.vsix');
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin', 'vsix.mjs'), '--out', out], { cwd: root });
    return { files: unzip(await readFile(out)), stdout };
  })();
  return packaged;
}

/** What the bundled extension asked of VS Code, with a stand-in for VS Code that speaks `language`. */
async function activateWithout(agendaAnywhere: { entry: Buffer; folders: string[]; path: string; language?: string; choose?: (items: string[]) => string | undefined }) {
  const bundle = agendaAnywhere.language ? JSON.parse(await readFile(join(folder, 'l10n', `bundle.l10n.${agendaAnywhere.language}.json`), 'utf8')) : {};
  const asked: { keys: string[]; errors: { message: string; items: string[] }[]; clipboard: string[] } = { keys: [], errors: [], clipboard: [] };
  const api = {
    l10n: {
      t: (key: string, ...args: string[]) => {
        asked.keys.push(key);
        return (bundle[key] ?? key).replace(/\{(\d+)\}/g, (_: string, n: string) => args[Number(n)]);
      },
    },
    workspace: {
      getConfiguration: () => ({ get: () => 'agenda' }),
      workspaceFolders: agendaAnywhere.folders.map((fsPath) => ({ uri: { fsPath } })),
      onDidChangeConfiguration: () => ({ dispose() {} }),
    },
    window: {
      showErrorMessage: async (message: string, ...items: string[]) => {
        asked.errors.push({ message, items });
        return agendaAnywhere.choose?.(items);
      },
    },
    env: { clipboard: { writeText: async (s: string) => void asked.clipboard.push(s) } },
    commands: { executeCommand: async () => undefined },
  };
  // The language client's classes extend VS Code's (Disposable, CodeAction, …) when it loads; none of them is used before it starts.
  const vscode = new Proxy(api, { get: (target, key: string) => (key in target ? target[key as keyof typeof api] : class {}) });
  const module = { exports: {} as { activate: (c: unknown) => Promise<void> } };
  const load = new Function('require', 'module', 'exports', agendaAnywhere.entry.toString('utf8'));
  load((id: string) => (id === 'vscode' ? vscode : require(id)), module, module.exports);
  const before = process.env.PATH;
  process.env.PATH = agendaAnywhere.path;
  try {
    await module.exports.activate({ subscriptions: [] });
  } finally {
    process.env.PATH = before;
  }
  return asked;
}

describe('npm run vsix', { timeout: 60_000 }, () => {
  it('makes a .vsix VS Code can install, with the client bundled and no node_modules', async () => {
    const { files, stdout } = await packageVsix();
    expect(stdout).toMatch(/code --install-extension \S*agenda\.vsix/);
    const manifest = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
    const installed = JSON.parse(files.get('extension/package.json')!.toString('utf8'));
    expect(installed).toMatchObject({ name: manifest.name, publisher: manifest.publisher, version: manifest.version, engines: manifest.engines, main: manifest.main });
    expect(installed.dependencies).toBeUndefined();
    expect(installed.repository.url).toMatch(/^https:\/\//);

    const vsixManifest = files.get('extension.vsixmanifest')!.toString('utf8');
    expect(vsixManifest).toContain(`<Identity Language="en-US" Id="${manifest.name}" Version="${manifest.version}" Publisher="${manifest.publisher}" />`);
    expect(vsixManifest).toContain(`<Property Id="Microsoft.VisualStudio.Code.Engine" Value="${manifest.engines.vscode}" />`);
    expect(vsixManifest).toContain('<Property Id="Microsoft.VisualStudio.Code.ExecutesCode" Value="true" />');
    // The description is the English of package.nls.json, not the placeholder.
    expect(vsixManifest).toMatch(/<Description xml:space="preserve">Diagnostics, [^<%]+<\/Description>/);
    for (const [, path] of vsixManifest.matchAll(/Path="([^"]+)"/g)) expect(files.has(path), path).toBe(true);
    const types = files.get('[Content_Types].xml')!.toString('utf8');
    for (const name of [...files.keys()].filter((n) => n !== '[Content_Types].xml')) expect(types, name).toContain(`Extension="${/\.[^./]+$/.exec(name)![0]}"`);

    // The entry file is there and needs nothing but VS Code and Node.
    const entry = files.get(`extension/${manifest.main.replace(/^\.\//, '')}`)!;
    expect(entry).toBeDefined();
    const required = new Set([...entry.toString('utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]));
    expect([...required].filter((id) => id !== 'vscode' && !builtinModules.includes(id.replace(/^node:/, '')))).toEqual([]);
    // vscode-languageclient is inside it (its own words for a server that will not start).
    expect(entry.toString('utf8').includes('Launching server using command')).toBe(true);

    expect([...files.keys()].filter((n) => n.includes('node_modules'))).toEqual([]);
    const unpacked = [...files.values()].reduce((n, b) => n + b.length, 0);
    // About 0.42 MB with the minified client; the client's node_modules unbundled were 4 MB.
    expect(unpacked).toBeLessThan(700_000);
    for (const lang of ['nb', 'nn', 'da', 'sv']) {
      expect(files.has(`extension/l10n/bundle.l10n.${lang}.json`), lang).toBe(true);
      expect(files.has(`extension/package.nls.${lang}.json`), lang).toBe(true);
    }
  });

  it('says what to install and how when agenda is neither in the project nor on the PATH, in the editor’s language', async () => {
    const { files } = await packageVsix();
    const entry = files.get('extension/extension.js')!;
    const project = await tempDir('agenda-vsix-project-');
    const empty = await tempDir('agenda-vsix-path-');

    const english = await activateWithout({ entry, folders: [project], path: empty, choose: (items) => items[0] });
    expect(english.errors).toHaveLength(1);
    expect(english.errors[0].message).toContain('agenda is not installed');
    expect(english.errors[0].message).toContain('npm install --save-dev agenda-invitations');
    expect(english.errors[0].message).toContain('npm install --global agenda-invitations');
    expect(english.errors[0].items).toEqual(['Copy the install command', 'Try again']);
    expect(english.clipboard).toEqual(['npm install --save-dev agenda-invitations']);

    for (const language of ['nb', 'nn', 'da', 'sv']) {
      const bundle = JSON.parse(await readFile(join(folder, 'l10n', `bundle.l10n.${language}.json`), 'utf8'));
      const said = await activateWithout({ entry, folders: [project], path: empty, language });
      // Every string the extension says has its translation in the bundle.
      for (const key of said.keys) expect(Object.keys(bundle), `${language}: ${key}`).toContain(key);
      expect(said.errors[0].message, language).toContain('npm install --save-dev agenda-invitations');
      expect(said.errors[0].message, language).not.toContain('is not installed');
      // The message names the button as the button says it.
      expect(said.errors[0].message, language).toContain(said.errors[0].items[1]);
    }
  });
});

describe('which agenda the extension starts', () => {
  it('takes the project’s own, from the workspace folder or a folder above it, before one on the PATH', async () => {
    const project = await tempDir('agenda-vscode-find-');
    const bin = join(project, 'node_modules', '.bin');
    const global = join(project, 'global-bin');
    await mkdir(bin, { recursive: true });
    await mkdir(global, { recursive: true });
    const workspace = join(project, 'gatherings');
    await mkdir(workspace);
    for (const file of [join(bin, 'agenda'), join(global, 'agenda')]) {
      await writeFile(file, '#!/bin/sh\n');
      await chmod(file, 0o755);
    }
    const env = { PATH: global };
    expect(findAgenda({ folders: [workspace], env, platform: 'linux' })).toEqual({ command: join(bin, 'agenda'), from: 'project' });
    expect(findAgenda({ folders: [await tempDir('agenda-vscode-other-')], env, platform: 'linux' })).toEqual({ command: join(global, 'agenda'), from: 'global' });
    expect(findAgenda({ folders: [await tempDir('agenda-vscode-other-')], env: { PATH: '' }, platform: 'linux' })).toEqual({ missing: 'agenda' });
    // A path in the setting is the workspace folder's, and wins; one that is not there is said so.
    expect(findAgenda({ setting: 'global-bin/agenda', folders: [project], env: {}, platform: 'linux' })).toEqual({ command: join(global, 'agenda'), from: 'setting' });
    expect(findAgenda({ setting: 'tools/agenda', folders: [project], env, platform: 'linux' })).toEqual({ missing: join(project, 'tools', 'agenda') });
  });

  it('finds npm’s agenda.cmd on Windows, in the project and on Path', () => {
    const there = new Set(['C:\\work\\node_modules\\.bin\\agenda.cmd', 'C:\\Users\\Kari\\AppData\\Roaming\\npm\\agenda.cmd']);
    const exists = (f: string) => there.has(f);
    expect(findAgenda({ folders: ['C:\\work\\invitations'], env: {}, platform: 'win32', exists })).toEqual({
      command: 'C:\\work\\node_modules\\.bin\\agenda.cmd',
      from: 'project',
    });
    expect(findAgenda({ folders: ['D:\\other'], env: { Path: 'C:\\Windows;C:\\Users\\Kari\\AppData\\Roaming\\npm' }, platform: 'win32', exists })).toEqual({
      command: 'C:\\Users\\Kari\\AppData\\Roaming\\npm\\agenda.cmd',
      from: 'global',
    });
  });
});
