/**
 * `agenda build` starts Chromium as its first act, before the rest of the
 * tool is loaded, and the build connects to it when its first page prints:
 * the browser's start (the longest step of a one-invitation build) then
 * runs beside Node loading the tool, reading the config, checking and
 * rendering, instead of after them (docs/performance.md).
 *
 * The decision is a cheap guess from the command line alone: the command
 * is `build`, PDFs are not switched off, no watch, a browser is found and
 * whether its sandbox starts is known. The build checks the guess when it
 * launches (same browser, same arguments), and a browser nobody takes (the
 * build printed nothing, or failed) is killed at the command's end.
 */

/** Flags after which the build prints no PDF or runs no build: no early browser. */
const NO_PRINT = new Set(['--no-pdf', '--index-only', '--watch', '-w', '--help', '-h']);
/** Global options that take a value, read before the command's name. */
const GLOBAL_VALUED = new Set(['--lang', '--color']);

/** The command's own arguments when the command is `build`, else undefined. */
export function buildArguments(argv: readonly string[]): readonly string[] | undefined {
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-')) i += GLOBAL_VALUED.has(argv[i]) ? 2 : 1;
  return argv[i] === 'build' ? argv.slice(i + 1) : undefined;
}

/** Whether a build with these arguments may print; the browser and sandbox they name. */
export function printingBuild(args: readonly string[]): { browser?: string; noSandbox: boolean } | undefined {
  let browser: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    // A cluster of short flags with w or h in it (-qw): watch or help.
    if (NO_PRINT.has(a) || /^-[a-zA-Z]*[wh][a-zA-Z]*$/.test(a)) return undefined;
    if (a === '--browser') browser = args[++i];
    else if (a.startsWith('--browser=')) browser = a.slice('--browser='.length);
  }
  return { browser, noSandbox: args.includes('--no-sandbox') };
}

/** Starts the browser a build would print with, when the command line says it will print and which one is known. */
export async function startBrowserEarly(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const args = buildArguments(argv);
  const printing = args && printingBuild(args);
  if (!printing) return;
  const [{ findBrowser }, { sandboxOf }, { startEarly, singleProcessFrom }] = await Promise.all([
    import('../drivers/pdf/browser-finder.js'),
    import('../drivers/pdf/sandbox.js'),
    import('../drivers/pdf/browser-launch.js'),
  ]);
  const found = await findBrowser({ explicitPath: printing.browser, env }).catch(() => undefined);
  if (!found) return;
  // Only a sandbox already known (root, --no-sandbox, the user cache): trying it is a browser start of its own.
  const unknown = new Error('not known yet');
  const sandbox = await sandboxOf(found.path, { requested: printing.noSandbox, env, probe: () => Promise.reject(unknown) }).catch(() => undefined);
  if (!sandbox || sandbox.cause === 'refused') return;
  // The renderer's choice (pdf-renderer.ts): its first browser is the one started here.
  const singleProcess = !sandbox.on && singleProcessFrom(env);
  startEarly({ executablePath: found.path, noSandbox: !sandbox.on, singleProcess });
}

/** Kills the early browser if the build did not take it. */
export async function discardEarlyBrowser(): Promise<void> {
  const { discardEarly } = await import('../drivers/pdf/browser-launch.js');
  await discardEarly();
}
