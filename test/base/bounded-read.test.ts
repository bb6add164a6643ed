/**
 * The bounded reader every source, config, image and template goes
 * through: a device or a pipe is refused at once (a config committed as a
 * link to /dev/zero grew check past 2 GB; a pipe as a partial waited
 * forever), and no more than the limit is read whatever size the system
 * reports.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_A_FILE, readBounded, readBoundedSync } from '../../src/base/bounded-read.js';

const dir = mkdtempSync(join(tmpdir(), 'agenda-bounded-'));
const fifo = join(dir, 'pipe.md');
execFileSync('mkfifo', [fifo]);

describe.runIf(process.platform === 'linux')('a bounded read', () => {
  for (const [name, read] of [
    ['sync', async (f: string, max: number) => readBoundedSync(f, max)],
    ['async', readBounded],
  ] as const) {
    it(`${name}: refuses /dev/zero and a pipe with no writer, at once`, async () => {
      await expect(read('/dev/zero', 1000)).rejects.toMatchObject({ code: NOT_A_FILE });
      await expect(read(fifo, 1000)).rejects.toMatchObject({ code: NOT_A_FILE });
    });

    it(`${name}: reads an ordinary file whole, and says the size of one over the limit`, async () => {
      const file = join(dir, `${name}.md`);
      writeFileSync(file, 'x'.repeat(5000));
      expect((await read(file, 5000)).bytes?.length).toBe(5000);
      expect(await read(file, 4999)).toEqual({ tooLarge: 5000 });
    });

    it(`${name}: reads no more than the limit of a file whose reported size is 0`, async () => {
      // The kernel reports /proc's files as 0 bytes long; this one is some hundreds.
      const read10 = await read('/proc/self/status', 10);
      expect(read10.bytes).toBeUndefined();
      expect(read10.tooLarge).toBeGreaterThan(10);
      expect((await read('/proc/self/status', 1 << 20)).bytes?.toString()).toMatch(/^Name:/);
    });
  }
});
