/**
 * `agenda preview` on the command line: a watch session whose builds are
 * served on 127.0.0.1, each build announced to the open pages. Without
 * -o the build goes to a temporary folder, removed on the way out. Part of
 * the command line: it prints the address through the Io it is given.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { BuildFlags } from './command-io.js';
import type { Io } from './command-io.js';
import type { BuildReport } from '../drivers/build/build.js';
import type { PreviewServer } from '../drivers/watch/preview-server.js';
import { say } from '../base/messages/index.js';
import { runWatch } from './watch.js';
import type { WatchSession } from '../drivers/watch/watch-session.js';
import { buildOptions, wholeNumber } from './options.js';
import { ph } from './face.js';

export function registerPreview(program: Command, io: Io, setCode: (code: number) => void): void {
  buildOptions(
    program
      .command('preview')
      .description(say('help.preview'))
      .argument(`[${ph('paths')}...]`, say('help.paths'), [])
      .option(`-o, --out <${ph('dir')}>`, say('help.previewOut'))
      .option(`--port <${ph('n')}>`, say('help.port'), wholeNumber)
      .option(`--debounce <${ph('ms')}>`, say('help.debounce'), wholeNumber),
  ).action(async (paths: string[], flags: BuildFlags & { port?: number }) => setCode(await runPreview(paths, flags, io)));
}

async function runPreview(paths: string[], flags: BuildFlags & { out?: string; port?: number }, io: Io): Promise<number> {
  const [{ readManifest }, { problemsOf }, { startPreviewServer }] = await Promise.all([
    import('../drivers/build/cache.js'),
    import('../drivers/watch/preview-state.js'),
    import('../drivers/watch/preview-server.js'),
  ]);
  const temporary = flags.out === undefined ? await mkdtemp(join(tmpdir(), 'agenda-preview-')) : undefined;
  const out = flags.out ?? temporary!;
  let server: PreviewServer | undefined;
  let session: WatchSession | undefined;
  let build = 0;
  let last: BuildReport | undefined;
  // Builds are announced in order, each once the record of what it made has been read.
  let announced = Promise.resolve();
  const announce = () => {
    const report = last;
    const number = ++build;
    announced = announced.then(async () => {
      if (!server || !session || !report) return;
      const { manifest } = await readManifest(session.outDir);
      server.publish({ build: number, problems: problemsOf(report, manifest, session.root) });
    });
  };
  try {
    return await runWatch(paths, { ...flags, out }, io, {
      onEvent: (e) => {
        if (e.kind !== 'built') return;
        last = e.report;
        announce();
      },
      started: async (s) => {
        session = s;
        server = await startPreviewServer(s.outDir, flags.port);
        announce();
        await announced;
        io.stdout(`agenda: ${say('cli.previewing', { url: server.url })}\n`);
      },
      stopped: async () => {
        await announced.catch(() => undefined);
        await server?.close();
      },
    });
  } finally {
    if (temporary) await rm(temporary, { recursive: true, force: true });
  }
}
