/**
 * Launching Chromium for PDF output: puppeteer is imported here, on first
 * use, so nothing loads it unless PDF is asked for.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'puppeteer';

export interface SandboxProbe {
  /** The user asked for --no-sandbox. */
  requested?: boolean;
  uid?: number;
  env?: NodeJS.ProcessEnv;
  fileExists?: (file: string) => boolean;
}

/**
 * Chromium's sandbox is switched off only where it cannot work: as root
 * (Chromium refuses to start), in a container, or when asked.
 */
export function needsNoSandbox(probe: SandboxProbe = {}): boolean {
  if (probe.requested) return true;
  const uid = probe.uid ?? process.getuid?.();
  if (uid === 0) return true;
  const env = probe.env ?? process.env;
  if (env.container || env.KUBERNETES_SERVICE_HOST) return true;
  const exists = probe.fileExists ?? existsSync;
  return exists('/.dockerenv') || exists('/run/.containerenv');
}

/**
 * Flags for a quiet, offline browser. `--host-resolver-rules` makes every
 * host name and IP address unresolvable: `<link rel=preconnect>` opens
 * sockets (and DNS queries) that neither request interception nor offline
 * mode see.
 */
export function chromiumArgs(noSandbox: boolean): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
    '--host-resolver-rules=MAP * ~NOTFOUND',
  ];
  if (noSandbox) args.push('--no-sandbox');
  return args;
}

export interface LaunchOptions {
  executablePath: string;
  noSandbox: boolean;
  /** Upper bound for any single DevTools call, so a hung browser cannot stall forever. */
  protocolTimeoutMs: number;
}

export async function launchBrowser(options: LaunchOptions): Promise<Browser> {
  const { default: puppeteer } = await import('puppeteer');
  const shell = path.basename(options.executablePath).includes('headless-shell');
  return puppeteer.launch({
    executablePath: options.executablePath,
    headless: shell ? 'shell' : true,
    // DevTools over a pipe: no debugging port on localhost for others to find.
    pipe: true,
    args: chromiumArgs(options.noSandbox),
    protocolTimeout: options.protocolTimeoutMs,
  });
}
