/**
 * How checking grows with the size of one map: a source with n `facts`
 * keys, plain (the simple reader) and quoted (the `yaml` package), checked
 * in-process with checkSource. Linear reading doubles the time when n
 * doubles; a search per key (as before) quadruples it. Prints the median
 * of 3 runs of each. Run: npx tsx bench/large-map.ts. Not a test.
 */
import { loadavg } from 'node:os';
import { checkSource } from '../src/pipeline/compile.js';

const today = { year: 2026, month: 1, day: 1 };
const source = (n: number, quote: string) => `---\ntitle: T\ndate: 2026-03-01\nfacts:\n${Array.from({ length: n }, (_, i) => `  ${quote}k${i}${quote}: v${i}\n`).join('')}---\n`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

console.log(`load average ${loadavg()[0].toFixed(1)}`);
for (const [name, quote] of [
  ['plain keys', ''],
  ['quoted keys', '"'],
] as const) {
  for (const n of [12_500, 25_000, 50_000, 100_000]) {
    const text = source(n, quote);
    const times: number[] = [];
    let codes = '';
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      codes = checkSource(text, 'x.md', { today })
        .diagnostics.map((d) => d.code)
        .join(',');
      times.push(performance.now() - start);
    }
    console.log(`${name.padEnd(12)} ${String(n).padStart(7)} keys: ${median(times).toFixed(0).padStart(6)} ms ${codes ? `(${codes})` : ''}`);
  }
}
