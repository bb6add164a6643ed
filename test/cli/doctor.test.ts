/**
 * `agenda doctor`: every check says what it found; a problem comes with its
 * fix and makes the exit code 1. The fonts are judged from a printed PDF.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontFinding, PROBE_LETTERS } from '../../src/drivers/doctor/doctor.js';
import { openPdfRenderer } from '../../src/drivers/pdf/pdf-renderer.js';
import { agenda, cleanEnv, tempDir } from './agenda.js';

const source = (zone?: string) => `---\ntitle: A\ndate: 2030-03-05\nvenue: Rådhuset\n${zone ? `timezone: ${zone}\n` : ''}---\n`;

async function repo(files: Record<string, string>): Promise<string> {
  const dir = await tempDir('agenda-doctor-');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

const line = (stdout: string, topic: string) => stdout.split('\n').filter((l) => l.slice(9).startsWith(topic));

describe('agenda doctor', () => {
  it('on a working machine: every check ok, the letters printed in the tool’s fonts, exit 0', async () => {
    const dir = await repo({ 'a.md': source(), 'b.md': source('America/New_York') });
    const r = await agenda(['doctor'], { cwd: dir });
    expect(r.code, r.stdout).toBe(0);
    expect(line(r.stdout, 'node')).toEqual([`ok       node         Node ${process.versions.node}: supported`]);
    expect(line(r.stdout, 'config')).toEqual(['ok       config       no agenda.config.yaml here or above: the defaults apply']);
    expect(line(r.stdout, 'time zone')).toEqual(['ok       time zone    America/New_York (1 source)', 'ok       time zone    Europe/Oslo (1 source)']);
    expect(line(r.stdout, 'browser')[0]).toMatch(/^ok {7}browser {6}\/\S*chrom\S* \(/i);
    expect(line(r.stdout, 'test print')[0]).toMatch(/^ok {7}test print {3}\S+\/[\d.]+: printed a page/);
    expect(line(r.stdout, 'fonts')[0]).toMatch(/^ok {7}fonts {8}æ ø å ä ö Æ Ø Å Ä Ö printed in .*SourceSans3.*SourceSerif4/);
    expect(r.stdout).toContain('Everything agenda build needs is here.');
  });

  it('CHROME_PATH naming nothing is a problem, not replaced by another browser', async () => {
    const dir = await repo({ 'a.md': source() });
    const r = await agenda(['doctor'], { cwd: dir, env: cleanEnv({ CHROME_PATH: '/nonexistent/chrome' }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('problem  browser      No Chrome or Chromium browser found for PDF output. Tried:');
    expect(r.stdout).toContain('- CHROME_PATH: /nonexistent/chrome (not found)');
    expect(r.stdout).toContain('fix: agenda browser install');
    expect(r.stdout).not.toContain('test print');
    const named = await agenda(['doctor', '--browser', '/nonexistent/other'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(named.stdout).toContain("- --browser or the config's browser: /nonexistent/other (not found)");
  });

  it('a browser that does not print is a problem, with what to try', async () => {
    const dir = await repo({ 'a.md': source() });
    const r = await agenda(['doctor', '--browser', '/bin/false'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(line(r.stdout, 'test print')[0]).toMatch(/^problem  test print   the browser did not print: /);
  });

  it('names the config’s problems with their place, and a time zone Node does not know', async () => {
    const dir = await repo({ 'agenda.config.yaml': 'max-warnings: many\n', 'g/a.md': source('Europe/Atlantis') });
    const r = await agenda(['doctor', '--browser', '/bin/false'], { cwd: join(dir, 'g') });
    expect(r.code).toBe(1);
    expect(line(r.stdout, 'config')[0]).toBe('problem  config       read ../agenda.config.yaml: 1 error, 0 warnings');
    expect(line(r.stdout, 'config')[1]).toMatch(/^problem  config       \.\.\/agenda\.config\.yaml:1:15: .*many/);
    expect(line(r.stdout, 'time zone')).toEqual(['problem  time zone    Europe/Atlantis (1 source): not a time zone this Node knows']);
  });

  it('judges the fonts from the printed PDF: letters drawn by a system font are a problem', async () => {
    const renderer = await openPdfRenderer({ concurrency: 1 });
    try {
      const html = `<!doctype html><meta charset="utf-8"><p style="font-family: monospace">${PROBE_LETTERS}</p>`;
      const finding = await fontFinding(await renderer.render({ html, meta: { title: 't', language: 'nb' } }));
      expect(finding.status).toBe('problem');
      expect(finding.says).toMatch(/^æ ø å ä ö Æ Ø Å Ä Ö not printed in Source Sans 3 or Source Serif 4 \(fonts in the PDF: /);
      expect(finding.fix).toContain('@fontsource/source-sans-3');
    } finally {
      await renderer.close();
    }
  });
});
