/**
 * How soon `agenda lsp` shows the findings after a change, and how it
 * holds up under a fast typist and hostile texts.
 *
 * The re-check (issue 21: 10 ms in-process, 20 ms through the server):
 * (1) diagnose in-process (the server's whole check of one text: the
 * pipeline's compileSource, the messages formatted from the bokmål
 * catalogue, and the findings made the protocol's), for each example and
 * for a 200-line source (examples/asker-ledernettverk-nov-2018.md with its
 * programme and text grown), changed one character at a time; (2) that
 * source's didChange sent to a spawned `agenda lsp` until its
 * publishDiagnostics arrives (framing, JSON and the pipe included).
 *
 * The fast typist and hostile texts (issue 25, 7), each in a fresh server,
 * three runs: (3) 10,000 keystrokes sent at once, from the last one until
 * its diagnostics arrive (target 1 s), and how many publications the
 * server made for them; beside it, the server's own share in-process
 * (reading the 10,000 frames in 64 KB chunks, merging, applying them); (4) a 5 MB source, opened and then typed into 200
 * times at once, from the last keystroke until its diagnostics (target
 * 1 s); (5) a 42 KB source of 1,000 items at the same hour: the size of
 * its diagnostics message; (6) a frame whose Content-Length is too large,
 * then one too small, each followed by a good change: how soon the good
 * change's diagnostics arrive.
 * Run: npm run bench:lsp, or npx tsx bench/lsp.ts.
 * Not a test: timings vary with the machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadLanguage, useLanguage } from '../src/base/messages/index.js';
import { PassThrough } from 'node:stream';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { diagnose, toLsp } from '../src/drivers/lsp/diagnostics.js';
import { LineDocument } from '../src/drivers/lsp/document.js';
import { mergeChanges, RecoveringReader } from '../src/drivers/lsp/reader.js';
import { LspClient } from '../test/drivers/lsp/client.js';

const root = join(import.meta.dirname, '..');
const examples = join(root, 'examples');
const file = join(examples, 'asker-ledernettverk-nov-2018.md');
const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2018, 0, 1) / 1000) };
const today = { year: 2018, month: 1, day: 1 };

/** The example with more sessions and paragraphs, to 200 lines. */
function grown(): string {
  let text = readFileSync(file, 'utf8');
  const lines = () => text.split('\n').length;
  // More groups, at the end of the list of groups (the next top-level key follows a blank line).
  const after = text.indexOf('\n\n', text.indexOf('\ngroups:'));
  let groups = '';
  for (let i = 1; lines() + groups.split('\n').length < 170; i++) {
    groups += `\n  - label: Ekstra ${i}\n    members: [Skole ${i}a, Skole ${i}b]\n    sessions:\n      - { date: 2019-0${1 + (i % 5)}-1${i % 10}, time: 12.30–15.00, venue: Rådhuset }`;
  }
  text = text.slice(0, after) + groups + text.slice(after);
  while (lines() < 200) text += `\nAvsnitt ${lines()} om samlingen, med en dato: tirsdag 20. november 2018.\n`;
  // The figures are of a source that reads: one YAML cannot is another road.
  const unread = diagnose(text, file, { today }).filter((d) => d.severity === 'error');
  if (unread.length) throw new Error(`the grown source has errors: ${unread.map((d) => d.code).join(', ')}`);
  return text;
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[xs.length >> 1];
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(x < 100 ? 1 : 0) : 'none');
const spread = (xs: number[]) => `median ${ms(median(xs))} ms (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
const text = grown();
/** The i-th change: one character typed at the end of the body (a new text each time). */
const changed = (body: string, i: number) => `${body}${'x'.repeat(1 + (i % 7))}\n`;

await loadLanguage('nb');
await useLanguage('nb');

/** (1) The whole check of one text in-process, 51 times, each a new text. */
function inProcess(name: string, body: string, path: string): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  const uri = pathToFileURL(path).href;
  for (let i = 0; i < 51; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    diagnose(changed(body, i), path, { today }).map((d) => toLsp(d, uri));
    const used = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
  // On a shared machine wall time includes waiting for a core; CPU time does not.
  console.log(`  ${name.padEnd(42)} ${spread(wall)}, CPU median ${ms(median(cpu))} ms`);
}

console.log('(1) re-check in-process (diagnose and toLsp, bokmål), 51 changes each:');
for (const name of readdirSync(examples).filter((f) => f.endsWith('.md'))) inProcess(name, readFileSync(join(examples, name), 'utf8'), join(examples, name));
inProcess(`200-line source (${text.length} characters)`, text, file);

/** A fresh server, initialised; closed after `f`. */
async function server<T>(f: (c: LspClient) => Promise<T>): Promise<T> {
  const c = new LspClient(root, env, join(root, 'bin', 'agenda'));
  try {
    await c.initialize(pathToFileURL(root).href, 'nb');
    return await f(c);
  } finally {
    c.kill();
  }
}

/** `p`, or undefined after `limit` ms. */
const within = <T>(p: Promise<T>, limit: number) => Promise.race([p, new Promise<undefined>((resolve) => (setTimeout(resolve, limit) as unknown as NodeJS.Timeout).unref())]);
const publications = (c: LspClient, uri: string) => c.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);

await server(async (c) => {
  const uri = pathToFileURL(file).href;
  const opened = c.diagnostics(uri, 1);
  c.open(uri, text, 1);
  await opened;
  const times: number[] = [];
  for (let i = 0; i < 101; i++) {
    const version = i + 2;
    const published = c.diagnostics(uri, version);
    const t = performance.now();
    c.change(uri, changed(text, i), version);
    await published;
    times.push(performance.now() - t);
  }
  console.log(`(2) change → diagnostics through the server, 101 changes: ${spread(times)}`);
});

/** Opens `body` as `name`, types `keys` keystrokes at once at the start of its second-to-last line: ms from the last keystroke to its diagnostics. */
function typist(name: string, body: string, keys: number) {
  return server(async (c) => {
    const uri = pathToFileURL(join(examples, name)).href;
    let t = performance.now();
    const opened = c.diagnostics(uri, 1);
    c.open(uri, body, 1);
    const first = await within(opened, 120_000);
    const openMs = first ? performance.now() - t : Number.POSITIVE_INFINITY;
    const line = body.split('\n').length - 2;
    const last = c.diagnostics(uri, keys + 1);
    for (let i = 0; i < keys; i++) c.type(uri, i + 2, line, 0, 'x');
    t = performance.now();
    const diagnostics = await within(last, 120_000);
    const lastMs = diagnostics ? performance.now() - t : Number.POSITIVE_INFINITY;
    const sent = publications(c, uri);
    return { openMs, lastMs, first, published: sent.length, bytes: Math.max(...sent.map((n) => n.bytes)) };
  });
}

const runs = [0, 1, 2];
const keys: Awaited<ReturnType<typeof typist>>[] = [];
for (const run of runs) keys.push(await typist(`typist-${run}.md`, text, 10_000));
console.log(`(3) 10,000 keystrokes at once, last → its diagnostics: ${spread(keys.map((r) => r.lastMs))}; publications ${keys.map((r) => r.published).join(', ')}`);

/** (3) in-process: the server's reading, merging and applying of the 10,000 keystrokes, without the pipe or the event loop. */
function burst(): { wall: number; cpu: number; messages: number } {
  const uri = 'file:///typist.md';
  const line = text.split('\n').length - 2;
  const at = { line, character: 0 };
  const frames = Buffer.concat(
    Array.from({ length: 10_000 }, (_, i) =>
      LspClient.frame({ method: 'textDocument/didChange', params: { textDocument: { uri, version: i + 2 }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }] } }),
    ),
  );
  const t = performance.now();
  const c = process.cpuUsage();
  const reader = new RecoveringReader(new PassThrough());
  const doc = new LineDocument(uri, 'markdown', 1, text);
  let messages = 0;
  for (let from = 0; from < frames.length; from += 65_536) {
    for (const m of mergeChanges(reader.read(frames.subarray(from, from + 65_536)))) {
      const { params } = m as unknown as { params: { textDocument: { version: number }; contentChanges: TextDocumentContentChangeEvent[] } };
      doc.apply(params.contentChanges, params.textDocument.version);
      messages++;
    }
  }
  doc.getText();
  const used = process.cpuUsage(c);
  return { wall: performance.now() - t, cpu: (used.user + used.system) / 1000, messages };
}
const bursts = runs.map(burst);
console.log(
  `    in-process, reading, merging and applying them: ${spread(bursts.map((b) => b.wall))}, CPU median ${ms(median(bursts.map((b) => b.cpu)))} ms; ${bursts[0].messages} messages`,
);

const big = `${text}\n${`${'Et langt avsnitt om samlingen og hva som skjer der. '.repeat(20)}\n`.repeat(Math.ceil(5_000_000 / 1041))}`;
const huge: Awaited<ReturnType<typeof typist>>[] = [];
for (const run of runs) huge.push(await typist(`huge-${run}.md`, big, 200));
console.log(
  `(4) a ${(big.length / 1e6).toFixed(1)} MB source: open → diagnostics ${spread(huge.map((r) => r.openMs))}; 200 keystrokes, last → its diagnostics ${spread(huge.map((r) => r.lastMs))}; ${huge[0].first?.map((d: { code: string }) => d.code).join(', ')}`,
);

const crowd = `---\ntitle: Samling\nlanguage: nb\ndate: 2018-11-20\nhours: 09.00–16.00\nvenue: Rådhuset\nprogramme:\n${Array.from({ length: 1000 }, (_, i) => `  - time: 09.00–10.00\n    title: Innslag ${i}\n`).join('')}---\n\nOm samlingen.\n\n::programme\n`;
const crowded: Awaited<ReturnType<typeof typist>>[] = [];
for (const run of runs) crowded.push(await typist(`crowd-${run}.md`, crowd, 1));
console.log(
  `(5) ${(crowd.length / 1000).toFixed(0)} KB, 1,000 items at one hour: ${crowded[0].first?.length} diagnostics in a message of ${(crowded[0].bytes / 1000).toFixed(0)} KB; open → diagnostics ${spread(crowded.map((r) => r.openMs))}`,
);

const framing: number[][] = [[], []];
for (const _ of runs) {
  await server(async (c) => {
    const uri = pathToFileURL(join(examples, 'framing.md')).href;
    const opened = c.diagnostics(uri, 1);
    c.open(uri, text, 1);
    await opened;
    for (const [k, delta, version] of [
      [0, 1000, 2],
      [1, -40, 4],
    ] as const) {
      const change = (v: number) => ({ method: 'textDocument/didChange', params: { textDocument: { uri, version: v }, contentChanges: [{ text: changed(text, v) }] } });
      const bad = LspClient.frame(change(version));
      const t = performance.now();
      const answered = c.diagnostics(uri, version + 1);
      c.sendRaw(Buffer.concat([LspClient.frame(change(version), bad.length - bad.indexOf('\r\n\r\n') - 4 + delta), LspClient.frame(change(version + 1))]));
      framing[k].push((await within(answered, 15_000)) ? performance.now() - t : Number.POSITIVE_INFINITY);
    }
  });
}
console.log(`(6) a wrong Content-Length, then a good change → its diagnostics: too large ${spread(framing[0])}; too small ${spread(framing[1])}`);
console.log(`(${availableParallelism()} cores, load ${loadavg()[0].toFixed(1)})`);
