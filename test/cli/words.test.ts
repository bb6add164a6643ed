/**
 * What the command line prints besides the findings, in the language
 * spoken: the build's summary, progress and GitHub step summary, doctor,
 * browser install and the preview's error overlay. Each check is chosen so
 * that English coming back fails it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { removedLines, stepSummaryMarkdown, summary, type BuildSummary } from '../../src/cli/build-summary.js';
import type { BuildReport } from '../../src/drivers/build/build.js';
import { injectPreview } from '../../src/drivers/watch/preview-page.js';
import { agenda, cleanEnv, tempDir } from './agenda.js';
import { run } from './run.js';

afterAll(() => useLanguage('en'));

const report = { built: 1, upToDate: 2, failed: 1, invalid: ['b.md'], views: 4, index: 'index.html' } as unknown as BuildReport;
const built: BuildSummary = {
  outDir: 'out',
  sources: 2,
  invitations: 4,
  built: 1,
  upToDate: 2,
  written: ['a.html'],
  removed: ['gammel.html'],
  failed: 1,
  notBuilt: ['b.md'],
  index: 'index.html',
  seconds: 1.5,
};

describe("the build's own lines", () => {
  it('say the summary with the language’s plurals and decimal comma', async () => {
    await useLanguage('sv');
    expect(summary(report, 'out', 2345)).toBe('4 inbjudningar: 1 gjord, 2 oförändrade, 1 misslyckades, 1 källfil inte gjord (fel) → out/index.html (2,3 s)\n');
    await useLanguage('nb');
    expect(summary({ ...report, index: '' } as BuildReport, 'ut', 1000)).toMatch(/^4 invitasjoner: 1 laget, 2 uendret, .* → ut\/ \(bare en andel av kildene/);
    expect(removedLines(built)).toBe('fjernet out/gammel.*\n');
    await useLanguage('en');
    expect(summary(report, 'out', 2345)).toBe('4 invitations: 1 built, 2 up to date, 1 failed, 1 source not built (errors) → out/index.html (2.3 s)\n');
  });

  it('write the GitHub step summary in the language spoken', async () => {
    await useLanguage('nn');
    const table = stepSummaryMarkdown(built);
    expect(table).toContain('| invitasjonar | 4 |');
    expect(table).toContain('| kjelder med feil, ikkje laga | 1 |');
    expect(table).toContain('| b.md | ikkje laga: kjelda har feil |');
    expect(table).toContain('| a.html | skriven |');
    expect(table).not.toMatch(/invitations|written|not built/);
  });
});

describe('the preview’s error overlay', () => {
  it('carries its words in the language spoken into the page', async () => {
    await useLanguage('da');
    const page = injectPreview('<html><body></body></html>', { build: 1, view: '' });
    expect(page).toContain('ikke lavet, dette er seneste version uden fejl');
    expect(page).toContain('"tip: ');
    expect(page).not.toContain('last good version');
  });
});

describe('agenda doctor in bokmål', () => {
  it('says its columns, findings, fixes and verdict in bokmål', async () => {
    const dir = await tempDir('agenda-doctor-');
    await writeFile(join(dir, 'a.md'), '---\ntitle: A\ndate: 2030-03-05\nvenue: Rådhuset\n---\n');
    const r = await agenda(['doctor', '--lang', 'nb'], { cwd: dir, env: cleanEnv({ CHROME_PATH: '/nonexistent/chrome' }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ok {7}innstillinger {2}ingen agenda\.config\.yaml i denne mappen eller over/m);
    expect(r.stdout).toMatch(/^ok {7}node {11}Node \d+\.\d+\.\d+: støttet$/m);
    expect(r.stdout).toMatch(/^ok {7}tidssone {7}Europe\/Oslo \(1 kilde\)$/m);
    expect(r.stdout).toMatch(/^problem {2}nettleser {6}/m);
    expect(r.stdout).toMatch(/^ {24}løsning: agenda browser install \(laster ned en til agenda\)/m);
    expect(r.stdout).toContain('1 problem: agenda build vil feile');
    expect(r.stdout).not.toMatch(/\bfix:|source|defaults/);
  });
});

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('agenda browser install in Swedish', () => {
  it('says the download and its failure in Swedish', async () => {
    const server = createServer((_, res) => res.writeHead(404).end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const cache = await tempDir();
      await mkdir(cache, { recursive: true });
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const r = await run(['browser', 'install', '--build-id', '9.9.9', '--base-url', base], cleanEnv({ AGENDA_BROWSER_CACHE: cache, LANG: 'sv_SE.UTF-8', LC_ALL: '' }), cache);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`agenda: hämtar chrome-headless-shell 9.9.9 till ${cache}\n`);
      expect(r.stderr).toContain('agenda: hämtningen misslyckades: ');
      expect(r.stderr).toContain('Utan internet: installera Chromium');
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
