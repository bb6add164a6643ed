/**
 * How soon `agenda lsp` shows the findings after a change: a 200-line
 * source (examples/asker-ledernettverk-nov-2018.md with its programme and
 * text grown), changed one character at a time, as a typist would.
 * Prints the median of 101 changes of (1) diagnose in-process, the
 * server's whole check, and (2) didChange sent to a spawned `node
 * bin/agenda lsp` until its publishDiagnostics arrives (framing, JSON and
 * the pipe included). Target: 20 ms for (2).
 * Run: npm run bench:lsp (it builds dist/ first), or npx tsx bench/lsp.ts.
 * Not a test: timings vary with the machine.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diagnose } from '../src/drivers/lsp/diagnostics.js';
import { LspClient } from '../test/drivers/lsp/client.js';

const root = join(import.meta.dirname, '..');
const file = join(root, 'examples', 'asker-ledernettverk-nov-2018.md');
const runs = 101;

/** The example with more sessions and paragraphs, to 200 lines. */
function source(): string {
  let text = readFileSync(file, 'utf8');
  const lines = () => text.split('\n').length;
  for (let i = 1; lines() < 170; i++) {
    text = text.replace(
      /\n---\n/,
      `\n  - label: Ekstra ${i}\n    members: [Skole ${i}a, Skole ${i}b]\n    sessions:\n      - { date: 2019-0${1 + (i % 5)}-1${i % 10}, time: 12.30–15.00 }\n---\n`,
    );
  }
  while (lines() < 200) text += `\nAvsnitt ${lines()} om samlingen, med en dato: tirsdag 20. november 2018.\n`;
  return text;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const text = source();
const today = { year: 2018, month: 1, day: 1 };
/** The i-th change: one character typed into the last paragraph (a new text each time). */
const changed = (i: number) => text.replace(/Avsnitt (\d+)/, `Avsnitt ${i}`);

const findings = diagnose(text, file, { today }).length;
console.log(`source: ${text.split('\n').length} lines, ${text.length} characters, ${findings} diagnostics`);

const inProcess: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  diagnose(changed(i), file, { today });
  const used = process.cpuUsage(c);
  inProcess.push(performance.now() - t);
  cpu.push((used.user + used.system) / 1000);
}
// On a shared machine wall time includes waiting for a core; CPU time does not.
console.log(
  `diagnose in-process:          median ${median(inProcess).toFixed(1)} ms, CPU ${median(cpu).toFixed(1)} ms (min ${Math.min(...inProcess).toFixed(1)}, max ${Math.max(...inProcess).toFixed(1)})`,
);

const client = new LspClient(root, { SOURCE_DATE_EPOCH: String(Date.UTC(2018, 0, 1) / 1000) });
try {
  await client.initialize(pathToFileURL(root).href);
  const uri = pathToFileURL(file).href;
  let published = client.diagnostics(uri, 1);
  client.open(uri, text, 1);
  await published;
  const server: number[] = [];
  for (let i = 0; i < runs; i++) {
    const version = i + 2;
    published = client.diagnostics(uri, version);
    const t = performance.now();
    client.change(uri, changed(i), version);
    await published;
    server.push(performance.now() - t);
  }
  console.log(`change → diagnostics (lsp):   median ${median(server).toFixed(1)} ms (min ${Math.min(...server).toFixed(1)}, max ${Math.max(...server).toFixed(1)})`);
  await client.shutdown();
} finally {
  client.kill();
}
console.log(`(${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)})`);
