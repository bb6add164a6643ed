/**
 * How fast `agenda build` makes PDFs, beside the browser's own floor
 * (issue 26). Each run is a Node process of its own (bench/child.mjs), timed
 * from the spawn to its exit by this process, so Node's start counts on both
 * sides; its peak memory is its own. Runs of the build and of its floor
 * alternate, so the machine's noise falls on both alike. Every figure is a
 * median with every run beside it (the spread). Not a test: timings vary
 * with the machine (the load average is printed).
 *
 * 1. One source, cold (`agenda build one.md`: check, HTML, PDF, calendar,
 *    record) vs the **cold floor**: a fresh Chromium, setContent + page.pdf
 *    of the same HTML (fonts inlined), nothing else. Target ≤ 1.0×.
 * 2. For each size (20 and 200): `agenda build --force` vs the **naive
 *    floor** (the same bare printer, one page at a time, fonts inlined), and
 *    the floor with as many pages at once as the build. Targets ≤ 0.8× at
 *    20, ≤ 0.6× at 200. Then, at the largest size, the project with ONE
 *    source changed (the others up to date) vs the cold floor of one page
 *    (target ≤ 1.1×), the no-op rebuild, and peak memory.
 * 3. Peak memory at `--memory` sources (2,000) and at a tenth of them, one
 *    run each, without PDFs (the
 *    Node side is what grows with the number of sources; the browser's pages
 *    are printed one at a time whatever the number).
 * 4. The watch loop: bench/watch.ts (save → new PDF, warm, one page), target
 *    ≤ 250 ms.
 *
 *   npm run bench                                   # all of it, 3 runs each (about 12 min on a quiet 2-core machine)
 *   npm run bench -- 20 --runs=5 --concurrency=2    # sizes, then runs and pages at once
 *   npm run bench -- --memory=0 --watch=0           # skip the 2,000-source run, or the watch loop
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (!sizes.length) sizes.push(20, 200);
const runs = Math.max(1, flag('runs', 3));
const memorySources = flag('memory', 2000);
const watchSaves = flag('watch', 10);
const HEAP_CAP_MB = 64;
const concurrency = flag('concurrency', availableParallelism());

/** Ratio to the naive floor that issue 26 asks for, by number of sources. */
const naiveTarget = (n: number) => ({ 20: 0.8, 200: 0.6 })[n];

const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(root, 'examples', f), 'utf8'));

interface Run {
  /** Wall time from the spawn to the exit, ms. */
  ms: number;
  /** Peak resident memory of the Node process, MB. */
  rssMb: number;
}

function child(...childArgs: string[]): Run {
  return childWith([], ...childArgs);
}

function childWith(nodeOptions: string[], ...childArgs: string[]): Run {
  const started = performance.now();
  const out = spawnSync(process.execPath, [...nodeOptions, join(root, 'bench', 'child.mjs'), ...childArgs], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = performance.now() - started;
  if (out.status !== 0) throw new Error(`bench child ${childArgs[0]} failed (${out.status}):\n${out.stderr}\n${out.stdout.slice(-2000)}`);
  const last = out.stdout.trim().split('\n').pop()!;
  return { ...(JSON.parse(last) as Run), ms };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const spread = (xs: Run[]) => `runs: ${xs.map((x) => fmt(x.ms)).join(', ')}`;
const ratio = (a: number, b: number, target?: number) => `${(a / b).toFixed(2)}×${target ? `   (target ≤ ${target.toFixed(1)}×)` : ''}`;

/** `n` sources made from the examples, each with its own title. */
function sources(dir: string, n: number): string {
  const src = join(dir, 'src');
  mkdirSync(src);
  for (let i = 0; i < n; i++) writeFileSync(join(src, `source-${String(i + 1).padStart(4, '0')}.md`), retitled(examples[i % examples.length], `${i + 1}`));
  return src;
}
const retitled = (text: string, tag: string) => text.replace(/^title: (.*)$/m, (_, t: string) => `title: ${t.replace(/^["']|["']$/g, '')} ${tag}`);

console.log(`agenda build vs floor: ${runs} runs each, concurrency ${concurrency}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);

/** The cold floor of one page: median wall time, and its runs. */
const coldFloor = oneSourceCold();
const perSource: Record<number, number> = {};
for (const n of sizes) manySources(n, n === Math.max(...sizes));
if (sizes.length > 1) {
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  console.log(`cost per source ${large} vs ${small}: ${(perSource[large] / perSource[small]).toFixed(2)}× (flat is 1.00×)`);
}
if (memorySources > 0) memoryAt(memorySources);
if (watchSaves > 0) watchLoop(watchSaves);

function oneSourceCold(): number {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-bench-1-'));
  try {
    const src = join(dir, 'src');
    mkdirSync(src);
    // A one-page invitation (the examples' shortest).
    const one = examples.map((text) => retitled(text, '1')).sort((a, b) => a.length - b.length)[0];
    writeFileSync(join(src, 'one.md'), one);
    const out = join(dir, 'out');
    const file = join(src, 'one.md');
    const agenda: Run[] = [];
    const floor: Run[] = [];
    for (let r = 0; r < runs; r++) {
      agenda.push(child('agenda', file, out, String(concurrency)));
      floor.push(child('floor', out, '1'));
    }
    const a = median(agenda.map((x) => x.ms));
    const f = median(floor.map((x) => x.ms));
    console.log(
      [
        '1 source, cold (a fresh process each run):',
        `  agenda build one.md    median ${fmt(a)}   (${spread(agenda)}; peak Node memory ${median(agenda.map((x) => x.rssMb))} MB)`,
        `  cold floor             median ${fmt(f)}   (${spread(floor)}: a fresh Chromium, setContent + page.pdf, fonts inlined)`,
        `  ratio agenda / cold floor  ${ratio(a, f, 1.0)}`,
      ].join('\n'),
    );
    return f;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function manySources(n: number, largest: boolean): void {
  const dir = mkdtempSync(join(tmpdir(), `agenda-bench-${n}-`));
  try {
    const src = sources(dir, n);
    const out = join(dir, 'out');
    const agenda: Run[] = [];
    const floor: Run[] = [];
    const naive: Run[] = [];
    for (let r = 0; r < runs; r++) {
      agenda.push(child('agenda', src, out, String(concurrency)));
      floor.push(child('floor', out, String(concurrency)));
      naive.push(child('floor', out, '1'));
    }
    const [a, f, f1] = [agenda, floor, naive].map((xs) => median(xs.map((x) => x.ms)));
    perSource[n] = a / n;
    const lines = [
      `${n} sources (${n} PDFs):`,
      `  agenda build --force   median ${fmt(a)} = ${(a / n).toFixed(0)} ms per PDF   (${spread(agenda)}; peak Node memory ${median(agenda.map((x) => x.rssMb))} MB)`,
      `  naive floor, 1 page at a time   median ${fmt(f1)}   (${spread(naive)}; peak Node memory ${median(naive.map((x) => x.rssMb))} MB)`,
      `  floor, ${concurrency} pages at once   median ${fmt(f)}   (${spread(floor)})`,
      `  ratio agenda / naive floor  ${ratio(a, f1, naiveTarget(n))}`,
      `  ratio agenda / floor        ${ratio(a, f)}`,
    ];
    const noop: Run[] = [];
    for (let r = 0; r < runs; r++) noop.push(child('noop', src, out, String(concurrency)));
    const z = median(noop.map((x) => x.ms));
    lines.push(`  no-op rebuild          median ${fmt(z)} = ${((z / a) * 100).toFixed(1)}% of the full build   (${spread(noop)})`);
    if (largest) {
      // One source changed, the others up to date: what CI does on a typical commit.
      const changed: Run[] = [];
      const first = join(src, readdirSync(src).sort()[0]);
      for (let r = 0; r < runs; r++) {
        writeFileSync(first, retitled(examples[0], `1 (edit ${r + 1})`));
        changed.push(child('noop', src, out, String(concurrency)));
      }
      const c = median(changed.map((x) => x.ms));
      lines.push(`  one source changed     median ${fmt(c)}   (${spread(changed)}); ratio to the cold floor of one page ${ratio(c, coldFloor, 1.1)}`);
      // What the build keeps, as opposed to garbage V8 has not yet collected: the same build with a small heap.
      const capped = childWith([`--max-old-space-size=${HEAP_CAP_MB}`], 'agenda', src, out, String(concurrency));
      lines.push(`  with a ${HEAP_CAP_MB} MB heap      ${fmt(capped.ms)}, peak Node memory ${capped.rssMb} MB (it completes: what the build retains fits in ${HEAP_CAP_MB} MB)`);
    }
    console.log(lines.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak memory without PDFs at a tenth of `n` sources and at `n`, alike: flat is the same figure. */
function memoryAt(n: number): void {
  const small = Math.max(1, Math.round(n / 10));
  const dir = mkdtempSync(join(tmpdir(), `agenda-bench-mem-${small}-`));
  try {
    const r = child('nopdf', sources(dir, small), join(dir, 'out'), String(concurrency));
    console.log(`${small} sources without PDFs (one run): ${fmt(r.ms)}, peak Node memory ${r.rssMb} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  memoryOnce(n);
}

function memoryOnce(n: number): void {
  const dir = mkdtempSync(join(tmpdir(), `agenda-bench-mem-${n}-`));
  try {
    const src = sources(dir, n);
    const r = child('nopdf', src, join(dir, 'out'), String(concurrency));
    let cappedLine: string;
    try {
      const capped = childWith([`--max-old-space-size=${HEAP_CAP_MB}`], 'nopdf', src, join(dir, 'out-capped'), String(concurrency));
      cappedLine = `with a ${HEAP_CAP_MB} MB heap ${fmt(capped.ms)}, ${capped.rssMb} MB`;
    } catch {
      cappedLine = `with a ${HEAP_CAP_MB} MB heap it does NOT complete (out of memory): the build retains more than ${HEAP_CAP_MB} MB`;
    }
    console.log(`${n} sources without PDFs (one run each): ${fmt(r.ms)}, peak Node memory ${r.rssMb} MB; ${cappedLine}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function watchLoop(saves: number): void {
  const out = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'watch.ts'), `--runs=${saves}`], { encoding: 'utf8', cwd: root });
  process.stdout.write(out.stdout);
  if (out.status !== 0) console.log(`bench/watch.ts failed (${out.status}):\n${out.stderr.slice(-2000)}`);
}
