/**
 * `agenda preview --open`: the opener each platform has, and what the
 * preview learns when it cannot be started or fails (so that it prints the
 * address instead).
 */
import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openerFor, openInBrowser, type Spawn } from '../../../src/drivers/watch/open-browser.js';

/** A stand-in for child_process.spawn: records the call, then errs or exits as told. */
function fakeSpawn(outcome: { error?: string; exit?: number }, calls: { command: string; args: string[] }[]): Spawn {
  return (command, args) => {
    calls.push({ command, args });
    const child = Object.assign(new EventEmitter(), { unref() {} }) as unknown as ChildProcess;
    queueMicrotask(() => {
      if (outcome.error) child.emit('error', Object.assign(new Error(outcome.error), { code: outcome.error }));
      else child.emit('exit', outcome.exit ?? 0, null);
    });
    return child;
  };
}

describe('opening the preview in the browser', () => {
  const url = 'http://127.0.0.1:4321/';

  it('uses xdg-open on Linux, open on macOS and start on Windows', () => {
    expect(openerFor(url, 'linux')).toEqual({ command: 'xdg-open', args: [url] });
    expect(openerFor(url, 'freebsd')).toEqual({ command: 'xdg-open', args: [url] });
    expect(openerFor(url, 'darwin')).toEqual({ command: 'open', args: [url] });
    expect(openerFor(url, 'win32')).toEqual({ command: 'cmd', args: ['/d', '/s', '/c', 'start', '""', url] });
  });

  it('says it opened the page when the opener ran and succeeded', async () => {
    const calls: { command: string; args: string[] }[] = [];
    expect(await openInBrowser(url, { platform: 'linux', spawn: fakeSpawn({ exit: 0 }, calls) })).toEqual({ opened: true });
    expect(calls).toEqual([{ command: 'xdg-open', args: [url] }]);
  });

  it('says why not when there is no opener or it fails, for the address to be printed instead', async () => {
    expect(await openInBrowser(url, { platform: 'linux', spawn: fakeSpawn({ error: 'ENOENT' }, []) })).toEqual({ opened: false, reason: 'xdg-open: ENOENT' });
    // xdg-open exits 3 when it finds no browser to start.
    expect(await openInBrowser(url, { platform: 'linux', spawn: fakeSpawn({ exit: 3 }, []) })).toEqual({ opened: false, reason: 'xdg-open: exit 3' });
  });
});
