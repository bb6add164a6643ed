/**
 * The real command line as a subprocess (bin/agenda, which runs dist/: run
 * `npm run build` first), for commands that keep running: its output as it
 * comes, waits for what it prints, and Ctrl-C. Each process carries a mark
 * in its environment, inherited by the browsers it starts, so that a test
 * can see what is still running and kill it (by pid) even when it fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { envWith, root } from '../build/helpers.js';

const MARK = 'AGENDA_TEST_MARK';
const started: Agenda[] = [];

export class Agenda {
  readonly child: ChildProcess;
  readonly mark = randomUUID();
  stdout = '';
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  #waiters = new Set<() => void>();

  constructor(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
    this.child = spawn(process.execPath, [join(root, 'bin', 'agenda'), ...args], { cwd, env: envWith({ ...env, [MARK]: this.mark }), stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.setEncoding('utf8').on('data', (s: string) => this.#add('stdout', s));
    this.child.stderr!.setEncoding('utf8').on('data', (s: string) => this.#add('stderr', s));
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })));
    void this.exited.then(() => this.#wake());
    started.push(this);
  }

  #add(stream: 'stdout' | 'stderr', s: string) {
    this[stream] += s;
    this.#wake();
  }

  #wake() {
    for (const w of this.#waiters) w();
  }

  /** Waits until `test` holds of what was printed; fails (with the output) after `ms` or when the process ends first. */
  async until(what: string, test: (out: { stdout: string; stderr: string }) => boolean, ms = 120_000): Promise<void> {
    let exited = false;
    void this.exited.then(() => (exited = true));
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (test(this)) return done(resolve);
        if (exited || this.child.exitCode !== null) return done(() => reject(new Error(`agenda exited before ${what}:\n${this.stdout}\n${this.stderr}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`no ${what} within ${ms} ms:\n${this.stdout}\n${this.stderr}`))), ms);
      const done = (then: () => void) => {
        clearTimeout(timer);
        this.#waiters.delete(check);
        then();
      };
      this.#waiters.add(check);
      check();
    });
  }

  /** How many times `pattern` occurs in stdout. */
  count(pattern: RegExp): number {
    return (this.stdout.match(new RegExp(pattern.source, 'g')) ?? []).length;
  }

  async interrupt(signal: NodeJS.Signals = 'SIGINT') {
    this.child.kill(signal);
    return this.exited;
  }

  /** Processes (this one, browsers it started) still running with this one's mark. */
  running(): number[] {
    return marked(this.mark);
  }
}

function marked(mark: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`, 'latin1').includes(`${MARK}=${mark}\0`)) pids.push(Number(name));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return pids;
}

/** Waits (up to `ms`) until no process carries the mark; returns those still there. */
export async function settled(agenda: Agenda, ms = 15_000): Promise<number[]> {
  const until = Date.now() + ms;
  for (;;) {
    const left = agenda.running();
    if (!left.length || Date.now() > until) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}

// Whatever a test left running, passed or failed: killed by pid.
afterEach(async () => {
  for (const agenda of started.splice(0)) {
    for (const pid of [agenda.child.pid, ...agenda.running()]) {
      try {
        if (pid) process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
});
