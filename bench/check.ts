/**
 * How fast `agenda check` is: 1,000 sources the size of the examples, in a
 * temporary folder, checked in-process with checkSources (read, parse,
 * validate, and the set's output names: what the command runs) and by one `node bin/agenda check DIR`
 * per run (start-up, config, files, report). Prints files per second, the
 * median of 5 runs of each. Target: 1,000 files/s for the command.
 * Run: npm run bench:check (it builds dist/ first), or
 * npx tsx bench/check.ts [count]. Not a test: timings vary with the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSources } from '../src/drivers/build/check-sources.js';
import { collectSourceSet } from '../src/drivers/sources/files.js';

const root = join(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 1000);
const runs = 5;

const templates = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(root, 'examples', f), 'utf8'));
if (!templates.length) throw new Error('no examples/*.md to build sources from');

// Each source is an example with its own title and a line of its own, so no two files are the same text.
const dir = mkdtempSync(join(tmpdir(), 'agenda-bench-'));
const files: string[] = [];
let bytes = 0;
for (let i = 0; i < count; i++) {
  const text = templates[i % templates.length]
    .replace(/^title: (.*)$/m, (_, t: string) => `title: ${t.replace(/^["']|["']$/g, '')} ${i + 1}`)
    .replace(/\n---\n/, `\n---\n\nKilde ${i + 1} av ${count}.\n`);
  const file = join(dir, `source-${String(i + 1).padStart(4, '0')}.md`);
  writeFileSync(file, text);
  files.push(file);
  bytes += Buffer.byteLength(text);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const rate = (ms: number) => Math.round((count / ms) * 1000);

const project = { root: dir, config: {}, templateNames: ['network', 'phases', 'timetable', 'welcome'], today: { year: 2026, month: 1, day: 1 }, request: {} };
const diagnoseFiles = async (names: string[]) => (await checkSources(await collectSourceSet(names), project, false)).diagnostics;

try {
  const findings = (await diagnoseFiles(files)).length;
  console.log(`${count} sources, ${Math.round(bytes / count)} bytes on average (${templates.length} examples), ${findings} diagnostics in all`);

  const inProcess: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await diagnoseFiles(files);
    const used = process.cpuUsage(c);
    inProcess.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  const m = median(inProcess);
  const mc = median(cpu);
  console.log(`checkSources:      median ${m.toFixed(0)} ms = ${rate(m)} files/s   (runs: ${inProcess.map((x) => x.toFixed(0)).join(', ')} ms)`);
  // On a shared machine wall time includes waiting for a core; CPU time does not.
  console.log(`  CPU time:        median ${mc.toFixed(0)} ms = ${rate(mc)} files per CPU-second   (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`);

  const cli = join(root, 'bin', 'agenda');
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    console.log('agenda check DIR:  skipped, run `npm run build` first');
  } else {
    const spawned: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = performance.now();
      const out = spawnSync(process.execPath, [cli, 'check', dir], { encoding: 'utf8' });
      spawned.push(performance.now() - t);
      if (out.status !== 0 && out.status !== 1) throw new Error(`agenda check failed: ${out.stderr}`);
    }
    const s = median(spawned);
    console.log(`agenda check DIR:  median ${s.toFixed(0)} ms = ${rate(s)} files/s   (runs: ${spawned.map((x) => x.toFixed(0)).join(', ')} ms)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
