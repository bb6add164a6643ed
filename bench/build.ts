/**
 * How fast `agenda build` makes PDFs, beside a floor: one Chromium,
 * `setContent` + `page.pdf` of the very same HTML with the same number of
 * pages at once and the same print options, nothing else (no check, no
 * HTML rendering, no hardening, no metadata, no atomic writes). Also beside
 * the same floor one page at a time (the naive printer, fonts inlined): the
 * figure issue 16's targets are set against. And the watch loop's one-page
 * reprint on a warm page, fonts inlined vs fonts by URL from memory.
 *
 * For 20 and 200 sources made from the examples (each with its own title),
 * it runs, alternating so that the machine's noise falls on both alike:
 * a full `agenda build --force` and the floor, `runs` times each, and then
 * a no-op rebuild of the unchanged sources. Each run is a fresh Node
 * process (bench/child.mjs), so its peak memory is its own. Prints medians
 * and ratios. Not a test: timings vary with the machine.
 *
 *   npm run bench               # 20 and 200 sources, 3 runs each
 *   npm run bench -- 20 --runs=3 --concurrency=2   # sizes, then runs and pages at once
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkFonts } from '../src/render/fonts.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => Number(args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
if (!sizes.length) sizes.push(20, 200);
const runs = flag('runs', 3);
const HEAP_CAP_MB = 64;
const concurrency = flag('concurrency', availableParallelism());

/** Ratio to the naive printer (one page at a time) that issue 16 asks for, by number of sources. */
const naiveTarget = (n: number) => ({ 20: 0.95, 200: 0.65 })[n];

const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(root, 'examples', f), 'utf8'));

interface Run {
  ms: number;
  /** Peak resident memory of the Node process, MB. */
  rssMb: number;
}

function child(...childArgs: string[]): Run {
  return childWith([], ...childArgs);
}

function childWith(nodeOptions: string[], ...childArgs: string[]): Run {
  const out = spawnSync(process.execPath, [...nodeOptions, join(root, 'bench', 'child.mjs'), ...childArgs], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (out.status !== 0) throw new Error(`bench child ${childArgs[0]} failed (${out.status}):\n${out.stderr}\n${out.stdout.slice(-2000)}`);
  const last = out.stdout.trim().split('\n').pop()!;
  return JSON.parse(last) as Run;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (ms: number) => `${ms.toFixed(0)} ms`;

console.log(`agenda build vs floor: ${runs} runs each, concurrency ${concurrency}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)}`);
const perSource: Record<number, number> = {};
const lines: string[] = [];
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `agenda-bench-${n}-`));
  try {
    const src = join(dir, 'src');
    const out = join(dir, 'out');
    mkdirSync(src);
    for (let i = 0; i < n; i++) {
      const text = examples[i % examples.length].replace(/^title: (.*)$/m, (_, t: string) => `title: ${t.replace(/^["']|["']$/g, '')} ${i + 1}`);
      writeFileSync(join(src, `source-${String(i + 1).padStart(4, '0')}.md`), text);
    }
    const agenda: Run[] = [];
    const floor: Run[] = [];
    const naive: Run[] = [];
    for (let r = 0; r < runs; r++) {
      agenda.push(child('agenda', src, out, String(concurrency)));
      floor.push(child('floor', out, String(concurrency)));
      naive.push(child('floor', out, '1'));
    }
    if (n === Math.min(...sizes)) reprint(dir, out);
    const noop: Run[] = [];
    for (let r = 0; r < runs; r++) noop.push(child('noop', src, out, String(concurrency)));
    // What the build keeps, as opposed to garbage V8 has not yet collected: the same build with a small heap.
    const capped = childWith([`--max-old-space-size=${HEAP_CAP_MB}`], 'agenda', src, out, String(concurrency));
    const a = median(agenda.map((x) => x.ms));
    const f = median(floor.map((x) => x.ms));
    const f1 = median(naive.map((x) => x.ms));
    const target = naiveTarget(n);
    const z = median(noop.map((x) => x.ms));
    perSource[n] = a / n;
    lines.push(
      `${n} sources (${n} PDFs):`,
      `  agenda build --force  median ${fmt(a)} = ${(a / n).toFixed(0)} ms per PDF   (runs: ${agenda.map((x) => fmt(x.ms)).join(', ')}; peak Node memory ${median(agenda.map((x) => x.rssMb))} MB)`,
      `  floor                 median ${fmt(f)} = ${(f / n).toFixed(0)} ms per PDF   (runs: ${floor.map((x) => fmt(x.ms)).join(', ')}; peak Node memory ${median(floor.map((x) => x.rssMb))} MB)`,
      `  ratio agenda / floor  ${(a / f).toFixed(2)}×   (target ≤ 1.25×)`,
      `  naive floor (1 page at a time) median ${fmt(f1)}   (runs: ${naive.map((x) => fmt(x.ms)).join(', ')})`,
      `  ratio agenda / naive  ${(a / f1).toFixed(2)}×${target ? `   (target ≤ ${target}×)` : ''}`,
      `  with a ${HEAP_CAP_MB} MB heap   ${fmt(capped.ms)}, peak Node memory ${capped.rssMb} MB (it completes: what the build retains fits in ${HEAP_CAP_MB} MB)`,
      `  no-op rebuild         median ${fmt(z)} = ${((z / a) * 100).toFixed(1)}% of the full build   (target < 10%; runs: ${noop.map((x) => fmt(x.ms)).join(', ')})`,
    );
    console.log(lines.slice(-8).join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (sizes.length > 1) {
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  console.log(`cost per source ${large} vs ${small}: ${(perSource[large] / perSource[small]).toFixed(2)}× (flat is 1.00×)`);
}

/** The watch loop's one-page reprint: one warm page printing the first invitation again, fonts inlined vs by URL. */
function reprint(dir: string, out: string): void {
  const file = readdirSync(out)
    .filter((f) => f.endsWith('.html') && f !== 'index.html')
    .sort()[0];
  const inlined = join(out, file);
  const { html, assets } = linkFonts(readFileSync(inlined, 'utf8'));
  const linked = join(dir, 'linked.html');
  const assetsDir = join(dir, 'assets');
  writeFileSync(linked, html);
  mkdirSync(assetsDir);
  for (const [url, asset] of assets) writeFileSync(join(assetsDir, url.slice(url.lastIndexOf('/') + 1)), asset.body);
  const times = Math.max(5, runs * 3);
  const r = child('reprint', inlined, linked, assetsDir, String(times)) as Run & { inlinedMs: number; linkedMs: number };
  console.log(
    `one-page reprint on a warm page (${file}, median of ${times}): fonts inlined ${fmt(r.inlinedMs)}, by URL ${fmt(r.linkedMs)} = ${(r.linkedMs / r.inlinedMs).toFixed(2)}×`,
  );
}
