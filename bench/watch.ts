/**
 * How soon after a save `agenda watch` has the new PDF on disk, with the
 * browser warm: a one-page invitation, saved `runs` times in place (a new
 * title each time), each save timed from just after the write returns to
 * the moment the new PDF is renamed into place (fs.watch on the output
 * folder sees the rename). The next save waits for the build's summary.
 * The wait for saves to go quiet (--debounce, 100 ms by default) is part
 * of the figure. Prints the median, the fastest and the slowest, and
 * beside them a floor: the same page printed by a warm renderer alone, in
 * this process (so a busy machine's share of the figure can be told from
 * the watcher's). Not a test: timings vary with the machine (the load
 * average is printed).
 *
 *   npm run build && npx tsx bench/watch.ts            # 15 saves
 *   npx tsx bench/watch.ts --runs=30 --debounce=50
 */
import { spawn } from 'node:child_process';
import { watch as watchFolder, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const runs = flag('runs', 15);
const debounce = flag('debounce', 100);

/** A one-page invitation, with a new title each save. */
const titled = (n: number) => `---
title: Nettverkssamling for rektorer (${n})
organiser: Asker kommune
language: nb
date: 2030-03-05
hours: 09.00–12.00
venue: { name: Rådhuset, city: Asker }
deadlines:
  - { date: 2030-02-20, what: Påmelding, to: post@example.no, kind: registration }
programme:
  - time: 09.00
    title: Velkommen
  - time: 09.15
    title: Erfaringsdeling i grupper
  - title: Pause
    kind: break
  - time: 10.30
    title: Veien videre
  - time: 11.30
    title: Lunsj
    kind: meal
---

Vi inviterer til nettverkssamling for rektorene i Asker.

::programme
`;

const dir = mkdtempSync(join(tmpdir(), 'agenda-bench-watch-'));
const src = join(dir, 'src');
const out = join(dir, 'out');
mkdirSync(src);
const file = join(src, 'invitation.md');
writeFileSync(file, titled(0));

const child = spawn(process.execPath, [join(root, 'bin', 'agenda'), 'watch', src, '-o', out, '--debounce', String(debounce), '--today', '2020-01-01'], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
// However this process ends (a closed pipe, an exception), the watcher it started stops and closes its browser.
process.on('exit', () => child.kill('SIGINT'));
let stdout = '';
let stderr = '';
const waiters = new Set<() => void>();
child.stdout.setEncoding('utf8').on('data', (s: string) => ((stdout += s), waiters.forEach((w) => w())));
child.stderr.setEncoding('utf8').on('data', (s: string) => ((stderr += s), waiters.forEach((w) => w())));
const until = (test: () => boolean) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out:\n${stdout}\n${stderr}`)), 120_000);
    const check = () => test() && (clearTimeout(timer), waiters.delete(check), resolve());
    waiters.add(check);
    check();
  });
const summaries = () => (stdout.match(/\d+ invitations?: \d+ built/g) ?? []).length;

/** The print alone, as many times, sorted. */
async function printFloor(html: string, times: number): Promise<number[]> {
  const { openPdfRenderer } = await import('../src/drivers/pdf/pdf-renderer.js');
  const renderer = await openPdfRenderer({ concurrency: 1 });
  try {
    const took: number[] = [];
    for (let i = 0; i < times; i++) {
      const start = performance.now();
      await renderer.render({ html, meta: { title: 'floor', language: 'nb' } });
      took.push(performance.now() - start);
    }
    return took.sort((a, b) => a - b);
  } finally {
    await renderer.close();
  }
}

try {
  await until(() => stderr.includes('agenda: watching') && summaries() >= 1);
  const latencies: number[] = [];
  for (let n = 1; n <= runs; n++) {
    const pdfWritten = new Promise<number>((resolve) => {
      const watcher = watchFolder(out, (_event, name) => {
        if (name === 'invitation.pdf') {
          watcher.close();
          resolve(performance.now());
        }
      });
    });
    writeFileSync(file, titled(n));
    const saved = performance.now();
    latencies.push((await pdfWritten) - saved);
    await until(() => summaries() >= n + 1);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(
    `agenda watch, save → new PDF on disk, browser warm: ${runs} saves of a one-page invitation, --debounce ${debounce}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`,
  );
  console.log(`  median ${ms(sorted[sorted.length >> 1])}, fastest ${ms(sorted[0])}, slowest ${ms(sorted[sorted.length - 1])}   (target ≤ 250 ms)`);
  console.log(`  each: ${latencies.map(ms).join(', ')}`);
  const floor = await printFloor(readFileSync(join(out, 'invitation.html'), 'utf8'), runs);
  console.log(`  floor: the page printed alone by a warm renderer, median ${ms(floor[floor.length >> 1])} (fastest ${ms(floor[0])})`);
} finally {
  child.kill('SIGINT');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
