/**
 * Runs the real command line as a child process, the way a user's shell
 * does: in the unit project, src/ as test/cli-bundle.ts bundled it for the
 * run (the unit tests need no dist/); elsewhere bin/agenda (the built
 * dist/: `npm run build` first), which is what a user installs.
 */
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, inject, vi } from 'vitest';

// Each run starts a Node process (about a second on a busy machine); a test runs several.
vi.setConfig({ testTimeout: 120_000 });

export const root = join(import.meta.dirname, '..', '..');
export const bin = inject('agendaCli') ?? join(root, 'bin', 'agenda');

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment without the machine's CI, GitHub and SOURCE_DATE_EPOCH settings, plus `extra`. */
export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('GITHUB_') || k === 'CI' || k === 'SOURCE_DATE_EPOCH' || k === 'FORCE_COLOR') delete env[k];
  return { ...env, NO_COLOR: '1', ...extra };
}

export function agenda(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; command?: string }): Promise<Ran> {
  const [file, pre] = options.command ? [options.command, []] : [process.execPath, [bin]];
  return new Promise((resolve) => {
    execFile(file, [...pre, ...args], { cwd: options.cwd, env: options.env ?? cleanEnv(), maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 2) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const made: string[] = [];
/** A fresh temporary folder, removed after the test file. */
export async function tempDir(prefix = 'agenda-cmd-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A PATH with an `agenda` first that runs this checkout's bin/agenda, as an installed one would. */
export async function shimPath(): Promise<string> {
  const dir = await tempDir('agenda-shim-');
  await writeFile(join(dir, 'agenda'), `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  await chmod(join(dir, 'agenda'), 0o755);
  return `${dir}:${process.env.PATH}`;
}
