/**
 * A browser's close waits until the processes of its group have ended
 * (groupEnded): the renderers and the crash reporter die a moment after the
 * browser, and a build that returned before them left browsers running for
 * a moment (pdf-recovery's closing test saw two). Killed members that stay
 * zombies until the system reaps them do not hold it up.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { groupEnded } from '../../../src/drivers/pdf/profile-folders.js';

/** A process group of a shell and two children that would run for a minute. */
function group(): number {
  const child = spawn('sh', ['-c', 'sleep 60 & sleep 60 & wait'], { detached: true, stdio: 'ignore' });
  child.unref();
  return child.pid as number;
}

describe('waiting for a process group to end', () => {
  it('waits while a member runs, up to its limit', async () => {
    const pgid = group();
    try {
      const started = performance.now();
      await groupEnded(pgid, 300);
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      process.kill(-pgid, 'SIGKILL');
    }
  });

  it('returns once every member is dead, zombies not waited for', async () => {
    const pgid = group();
    await new Promise((r) => setTimeout(r, 100));
    process.kill(-pgid, 'SIGKILL');
    const started = performance.now();
    await groupEnded(pgid, 5_000);
    // Here the system reaps such zombies 1.5 s after their death: waiting for the group to leave the process table took that long.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
