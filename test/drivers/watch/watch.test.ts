/**
 * `agenda watch` as a secretary uses it, the real command line on real
 * files: a save rebuilds that invitation only (PDF included, by the browser
 * started for the first build), prints that file's findings, survives
 * editors that save by renaming a new file into place, gathers a burst of
 * saves into one rebuild, follows the images a page reads, and stops on
 * Ctrl-C with exit 130 and no browser left behind.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { png, project, source, tempDir } from '../build/helpers.js';
import { readPdf } from '../pdf/read-pdf.js';
import { Agenda, settled } from './cli-process.js';

const summaries = /\d+ invitations?: \d+ built/;
const builds = (a: Agenda) => a.count(summaries);
/** Waits for the n-th build's summary line. */
const built = (a: Agenda, n: number) => a.until(`build ${n}`, () => builds(a) >= n);
/** Waits for the first build and the line saying that the watching has begun (stdout and stderr come apart). */
const watching = (a: Agenda) => a.until('the watching line', (o) => o.stderr.includes('agenda: watching') && builds(a) >= 1);
/** Waits for `pattern` on stderr. */
const said = (a: Agenda, pattern: RegExp) => a.until(String(pattern), (o) => pattern.test(o.stderr));
/** The stdout printed since `from` characters. */
const since = (a: Agenda, from: number) => a.stdout.slice(from);

describe('agenda watch', { timeout: 240_000 }, () => {
  it('rebuilds what a save changed with the same browser, prints that file’s findings, and stops on Ctrl-C', async () => {
    // beta's gathering is before --today: a warning, printed by the first build and not after a save to alfa.
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), 'beta.md': source({ title: 'Beta', date: '2019-03-05' }) });
    const out = await tempDir('agenda-watch-out-');
    const tmp = await tempDir('agenda-watch-tmp-');
    const agenda = new Agenda(['watch', dir, '-o', out, '--today', '2020-01-01', '--concurrency', '1'], dir, { TMPDIR: tmp });
    await watching(agenda);
    expect(agenda.stdout).toMatch(/2 invitations: 2 built, 0 up to date/);
    expect(agenda.stdout).toContain('date-past');
    const browsers = agenda.running().filter((pid) => pid !== agenda.child.pid);
    expect(browsers.length).toBeGreaterThan(0);

    // A save in place may be seen half-written (truncated, then written) on a busy machine, giving a rebuild
    // that finds an empty file before the one that finds the whole: wait for the build that made the page.
    const mark = agenda.stdout.length;
    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa endret' }));
    await agenda.until('the rebuild of alfa', () => /2 invitations: 1 built, 1 up to date/.test(since(agenda, mark)));
    const after = since(agenda, mark);
    expect(after).toContain('1 file checked: 0 errors, 0 warnings');
    expect(after).not.toContain('beta.md');
    await said(agenda, /alfa\.md changed/);
    expect(await readFile(join(out, 'alfa.html'), 'utf8')).toContain('Alfa endret');
    expect((await readPdf(await readFile(join(out, 'alfa.pdf')))).text).toContain('Alfa endret');
    // The browser of the first build made the new PDF: none was started or stopped.
    expect(
      agenda
        .running()
        .filter((pid) => pid !== agenda.child.pid)
        .sort(),
    ).toEqual(browsers.sort());

    // A mistake: its finding is printed, the last good invitation stays.
    const broken = agenda.stdout.length;
    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa endret' }).replace('time: 10.00', 'time: 25.00'));
    await agenda.until('the finding', () => /1 source not built \(errors\)/.test(since(agenda, broken)) && since(agenda, broken).includes('25.00'));
    expect(since(agenda, broken)).toMatch(/alfa\.md\n\s+\d+:\d+-\d+:\d+\s+error\s+"25\.00" is not a time of day/);
    expect(since(agenda, broken)).toMatch(/hint: /);
    expect(await readFile(join(out, 'alfa.html'), 'utf8')).toContain('Alfa endret');

    const exit = await agenda.interrupt('SIGINT');
    expect(exit.code).toBe(130);
    expect(agenda.stderr).not.toMatch(/internal error/);
    // Said as the key she pressed, not as the signal's name.
    expect(agenda.stderr).toContain('Ctrl-C: stopping');
    expect(await settled(agenda)).toEqual([]);
  });

  it('follows saves that write a new file and rename it over the source, again and again', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-watch-out-');
    const agenda = new Agenda(['watch', dir, '-o', out, '--no-pdf', '--today', '2020-01-01'], dir);
    await watching(agenda);
    for (const [n, title] of [
      [2, 'Alfa første'],
      [3, 'Alfa andre'],
    ] as const) {
      // As vim (backupcopy=no), gedit and many editors save.
      await writeFile(join(dir, '.alfa.md.swp'), source({ title }));
      await rename(join(dir, '.alfa.md.swp'), join(dir, 'alfa.md'));
      await built(agenda, n);
      expect(await readFile(join(out, 'alfa.html'), 'utf8')).toContain(title);
    }
    // The file now watched is the one renamed into place: a save in place is seen too.
    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa tredje' }));
    await built(agenda, 4);
    expect(await readFile(join(out, 'alfa.html'), 'utf8')).toContain('Alfa tredje');
    expect((await agenda.interrupt()).code).toBe(130);
  });

  it('gives one rebuild for a burst of saves, made from the last of them', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    const out = await tempDir('agenda-watch-out-');
    // A quiet time well above how long this busy machine may leave the test unscheduled between two writes.
    const agenda = new Agenda(['watch', dir, '-o', out, '--no-pdf', '--today', '2020-01-01', '--debounce', '1500'], dir);
    await watching(agenda);
    for (let i = 1; i <= 5; i++) writeFileSync(join(dir, 'alfa.md'), source({ title: `Alfa ${i}` }));
    await built(agenda, 2);
    expect(await readFile(join(out, 'alfa.html'), 'utf8')).toContain('Alfa 5');
    // A later save is its own rebuild; had the burst given two, this would be the fourth build, not the third.
    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa etter' }));
    await built(agenda, 3);
    expect(await readFile(join(out, 'alfa.html'), 'utf8')).toContain('Alfa etter');
    expect(builds(agenda)).toBe(3);
    expect(agenda.stderr.match(/alfa\.md changed/g)).toHaveLength(2);
    expect((await agenda.interrupt()).code).toBe(130);
  });

  it('makes nothing of its own outputs in the folder it watches, nor of files that are not sources', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }) });
    // agenda build --watch, in the sources' folder, writing into out/ below it.
    const agenda = new Agenda(['build', '--watch', '-o', 'out', '--no-pdf', '--today', '2020-01-01'], dir);
    await watching(agenda);
    await writeFile(join(dir, 'notater.txt'), 'Husk å bestille lokale.');
    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa endret' }));
    await agenda.until('the rebuild of alfa', () => builds(agenda) >= 2 && readFileSync(join(dir, 'out', 'alfa.html'), 'utf8').includes('Alfa endret'));
    // Another save: had its own writes (or the note) started builds, this would not be the third.
    await writeFile(join(dir, 'alfa.md'), source({ title: 'Alfa igjen' }));
    await agenda.until('the second rebuild', () => readFileSync(join(dir, 'out', 'alfa.html'), 'utf8').includes('Alfa igjen') && builds(agenda) >= 3);
    expect(builds(agenda)).toBe(3);
    expect(agenda.stderr).not.toContain('notater.txt');
    expect(agenda.stderr).not.toMatch(/out\/\S+ changed/);
    expect((await agenda.interrupt()).code).toBe(130);
  });

  it('rebuilds every invitation when the config changes, and prints the config’s findings when it has some', async () => {
    const dir = await project({
      'alfa.md': source({ title: 'Alfa' }),
      'beta.md': source({ title: 'Beta' }),
      'agenda.config.yaml': 'branding: { footer: Første bunntekst }\n',
    });
    const agenda = new Agenda(['watch', '.', '-o', 'out', '--no-pdf', '--today', '2020-01-01'], dir);
    await watching(agenda);
    const mark = agenda.stdout.length;
    await writeFile(join(dir, 'agenda.config.yaml'), 'branding: { footer: Andre bunntekst }\n');
    await agenda.until('the rebuild of both', () => /2 invitations: 2 built, 0 up to date/.test(since(agenda, mark)));
    for (const name of ['alfa', 'beta']) expect(await readFile(join(dir, 'out', `${name}.html`), 'utf8')).toContain('Andre bunntekst');
    // A mistake in the config: its finding is printed, and nothing is built until it is mended.
    const broken = agenda.stdout.length;
    await writeFile(join(dir, 'agenda.config.yaml'), 'branding: { footer: Tredje bunntekst }\nrules: { no-such-rule: off }\n');
    await agenda.until('the config’s finding', () => /2 sources not built \(errors\)/.test(since(agenda, broken)));
    expect(since(agenda, broken)).toMatch(/agenda\.config\.yaml\n.*no-such-rule.*rule-unknown/);
    expect(await readFile(join(dir, 'out', 'alfa.html'), 'utf8')).toContain('Andre bunntekst');
    expect((await agenda.interrupt()).code).toBe(130);
  });

  it('takes a browser the config names anew: a new `browser:` replaces the session’s', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa' }), 'agenda.config.yaml': 'branding: { footer: Første }\n' });
    const agenda = new Agenda(['watch', '.', '-o', 'out', '--today', '2020-01-01', '--concurrency', '1'], dir);
    await watching(agenda);
    expect(agenda.stdout).toMatch(/1 invitation: 1 built/);
    const mark = agenda.stdout.length;
    await writeFile(join(dir, 'agenda.config.yaml'), 'branding: { footer: Andre }\nbrowser: /finnes/ikke/chromium\n');
    await agenda.until('the rebuild with the new browser', () => /1 invitation: /.test(since(agenda, mark)));
    // The browser the session started is not the one the config names now: no PDF is printed with it.
    expect(since(agenda, mark)).toContain('browser-missing');
    expect(agenda.running().filter((pid) => pid !== agenda.child.pid)).toEqual([]);
    expect((await agenda.interrupt()).code).toBe(130);
  });

  it('rebuilds a page when an image it shows changes, though only the source was named', async () => {
    const dir = await project({ 'alfa.md': source({ title: 'Alfa', body: '![Kart](kart.png)' }), 'kart.png': png(255, 0, 0) });
    const out = await tempDir('agenda-watch-out-');
    const agenda = new Agenda(['watch', join(dir, 'alfa.md'), '-o', out, '--no-pdf', '--today', '2020-01-01'], dir);
    await watching(agenda);
    const blue = `data:image/png;base64,${png(0, 0, 255).toString('base64')}`;
    expect(await readFile(join(out, 'alfa.html'), 'utf8')).not.toContain(blue);
    await writeFile(join(dir, 'kart.png'), png(0, 0, 255));
    await said(agenda, /kart\.png changed/);
    await agenda.until('the rebuild with the new image', () => builds(agenda) >= 2 && readFileSync(join(out, 'alfa.html'), 'utf8').includes(blue));
    expect((await agenda.interrupt()).code).toBe(130);
  });

  it('says when the folder it watches is gone and back, builds it again, and counts the sources as check does', async () => {
    const dir = await project({ 'agenda.config.yaml': 'branding: { footer: Bunntekst }\n' });
    const folder = join(dir, 'samlinger');
    mkdirSync(folder);
    writeFileSync(join(folder, 'alfa.md'), source({ title: 'Alfa' }));
    writeFileSync(join(folder, 'beta.md'), source({ title: 'Beta' }));
    const agenda = new Agenda(['watch', 'samlinger', '-o', 'out', '--no-pdf', '--today', '2020-01-01'], dir);
    await watching(agenda);
    // Two sources, as `agenda check samlinger` counts them: the config's findings are shown, the config is not counted.
    expect(agenda.stdout).toContain('2 files checked: 0 errors, 0 warnings');

    // A branch switch: the folder goes, then comes back with other text.
    rmSync(folder, { recursive: true });
    await said(agenda, /samlinger is gone/);
    mkdirSync(folder);
    writeFileSync(join(folder, 'alfa.md'), source({ title: 'Alfa tilbake' }));
    await said(agenda, /samlinger is back: building again/);
    await agenda.until('the page from the folder that is back', () => readFileSync(join(dir, 'out', 'samlinger', 'alfa.html'), 'utf8').includes('Alfa tilbake'));
    writeFileSync(join(folder, 'alfa.md'), source({ title: 'Alfa lagret' }));
    await agenda.until('a save after that, built', () => readFileSync(join(dir, 'out', 'samlinger', 'alfa.html'), 'utf8').includes('Alfa lagret'));
    expect(agenda.stderr).not.toMatch(/internal error/);
    expect((await agenda.interrupt()).code).toBe(130);
  });
});
