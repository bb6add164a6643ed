/**
 * Opens an address in the user's browser, as the desktop does for a link:
 * `open` on macOS, `start` (through cmd) on Windows, `xdg-open` elsewhere.
 * Says whether that worked: false when the opener cannot be started (none
 * on a server, in a container) or says it failed, so that the caller can
 * print the address instead. Nothing here prints.
 */
import { spawn as nodeSpawn, type ChildProcess } from 'node:child_process';

export interface Opener {
  /** The command and its arguments. */
  command: string;
  args: string[];
}

/** How this platform opens an address. */
export function openerFor(url: string, platform: NodeJS.Platform = process.platform): Opener {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // start's first quoted argument is the window's title; the address is quoted by cmd's rules and has no spaces.
  if (platform === 'win32') return { command: 'cmd', args: ['/d', '/s', '/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

export type Spawn = (command: string, args: string[], options: { stdio: 'ignore'; detached: boolean; windowsHide: boolean }) => ChildProcess;

export interface OpenResult {
  opened: boolean;
  /** Why not: the opener's error code (ENOENT: not installed) or its exit status. */
  reason?: string;
}

/** Starts the opener and waits for it to say how it went (xdg-open and open return once the browser has the address). */
export function openInBrowser(url: string, o: { platform?: NodeJS.Platform; spawn?: Spawn } = {}): Promise<OpenResult> {
  const { command, args } = openerFor(url, o.platform);
  const spawn = o.spawn ?? (nodeSpawn as unknown as Spawn);
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    } catch (e) {
      return resolve({ opened: false, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
    child.once('error', (e: NodeJS.ErrnoException) => resolve({ opened: false, reason: `${command}: ${e.code ?? e.message}` }));
    child.once('exit', (code, signal) => resolve(code === 0 ? { opened: true } : { opened: false, reason: `${command}: ${signal ?? `exit ${code}`}` }));
    // The browser it starts is the user's, not ours: the preview may stop without waiting for it.
    child.unref();
  });
}
