/** Takers racing for a stale output-folder lock, for build-lock.test.ts (a few rounds) and build-lock.volume.test.ts (many). */
import { spawnSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { UsageError } from '../../../src/base/errors.js';
import { LOCK, lockOutputFolder } from '../../../src/drivers/disk/build-lock.js';

/** The id of a process that has ended. */
export function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** `rounds` times: a lock left by a process that is gone, six takers at once; exactly one wins, the others are refused as by a fresh lock. */
export async function staleLockRace(out: string, rounds: number): Promise<void> {
  const gone = deadPid();
  for (let round = 0; round < rounds; round++) {
    await writeFile(join(out, LOCK), `${gone} ${hostname()}\n`);
    const tries = await Promise.allSettled(Array.from({ length: 6 }, () => lockOutputFolder(out, 'out')));
    const won = tries.filter((t) => t.status === 'fulfilled');
    const refused = tries.flatMap((t) => (t.status === 'rejected' ? [t.reason] : []));
    expect(won, `round ${round}`).toHaveLength(1);
    for (const e of refused) {
      expect(e).toBeInstanceOf(UsageError);
      expect(e.message).toMatch(new RegExp(`another agenda build \\(process ${process.pid}\\) is writing into out`));
    }
    await won[0].value.release();
    expect(await readdir(out)).toEqual([]);
  }
}
