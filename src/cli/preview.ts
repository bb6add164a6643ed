/**
 * `agenda preview` on the command line: a watch session whose builds are
 * served on 127.0.0.1, each build announced to the open pages. The server
 * starts before the first build, and the address is printed (and, with
 * --open, opened in the browser) as soon as the first invitation is made.
 * Without -o the build goes to a temporary folder, removed on the way out.
 * Part of the command line: it prints through the Io it is given.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { BuildFlags } from './command-io.js';
import type { Io } from './command-io.js';
import type { LivePreview } from '../drivers/watch/live-preview.js';
import { say } from '../base/messages/index.js';
import { runWatch } from './watch.js';
import { buildOptions, wholeNumber } from './options.js';
import { ph } from './face.js';

type PreviewFlags = BuildFlags & { out?: string; port?: number; open?: boolean };

export function registerPreview(program: Command, io: Io, setCode: (code: number) => void): void {
  buildOptions(
    program
      .command('preview')
      .description(say('help.preview'))
      .argument(`[${ph('paths')}...]`, say('help.paths'), [])
      .option(`-o, --out <${ph('dir')}>`, say('help.previewOut'))
      .option(`--port <${ph('n')}>`, say('help.port'), wholeNumber)
      .option('--open', say('help.open'))
      .option(`--debounce <${ph('ms')}>`, say('help.debounce'), wholeNumber),
  ).action(async (paths: string[], flags: PreviewFlags) => setCode(await runPreview(paths, flags, io)));
}

async function runPreview(paths: string[], flags: PreviewFlags, io: Io): Promise<number> {
  const [{ LivePreview }, { openInBrowser }] = await Promise.all([import('../drivers/watch/live-preview.js'), import('../drivers/watch/open-browser.js')]);
  const temporary = flags.out === undefined ? await mkdtemp(join(tmpdir(), 'agenda-preview-')) : undefined;
  const out = flags.out ?? temporary!;
  let preview: LivePreview | undefined;
  // The address once the first invitation is made; in the browser too with --open, else (or when none opens) printed to be opened by hand.
  const ready = (url: string) => {
    io.stdout(`agenda: ${say('cli.previewing', { url })}\n`);
    if (!flags.open) return;
    void openInBrowser(url).then((r) => {
      if (!r.opened) io.stderr(`agenda: ${say('cli.previewNotOpened', { reason: r.reason ?? '' })}\n  ${url}\n`);
    });
  };
  try {
    // Started first: a port in use stops the preview before anything is built.
    preview = await LivePreview.start(resolve(io.cwd, out), flags.port, ready);
    const live = preview;
    return await runWatch(paths, { ...flags, out }, io, {
      onEvent: (e) => live.onEvent(e),
      started: async (s) => live.started(s),
    });
  } finally {
    await preview?.close();
    if (temporary) await rm(temporary, { recursive: true, force: true });
  }
}
