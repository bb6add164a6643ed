// One measured run of bench/build.ts, in a Node process of its own; prints
// {"ms", "rssMb"} as its last line. Uses the built tool (dist/).
//   node bench/child.mjs agenda SRC OUT CONCURRENCY   full build (--force)
//   node bench/child.mjs noop   SRC OUT CONCURRENCY   rebuild of what changed (nothing, or one source)
//   node bench/child.mjs nopdf  SRC OUT CONCURRENCY   full build (--force) without PDFs
//   node bench/child.mjs floor  OUT CONCURRENCY        setContent + page.pdf of OUT/*.html
//   node bench/child.mjs reprint INLINED LINKED ASSETS TIMES   one warm page printing one
//     invitation again, with inlined fonts and with the fonts by URL (ASSETS/<name> is
//     https://fonts.invalid/<name>), alternately; adds {"inlinedMs", "linkedMs"} (medians)
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const [mode, ...rest] = process.argv.slice(2);
// As the tool: no sandbox for root (Chromium refuses it). The floor is the naive printer, a browser of separate
// processes, unless AGENDA_CHROMIUM_SINGLE_PROCESS=1 asks for one process (the tool's default without the sandbox).
const noSandbox = process.getuid?.() === 0;
const singleProcess = /^(1|true|on|yes)$/i.test(process.env.AGENDA_CHROMIUM_SINGLE_PROCESS ?? '');
const started = performance.now();
const extra = {};

if (mode === 'agenda' || mode === 'noop' || mode === 'nopdf') {
  const [src, out, concurrency] = rest;
  const { main } = await import('../dist/cli/main.js');
  const args = ['build', src, '--out', out, '--concurrency', concurrency, '--quiet', '--today', '2018-01-01'];
  if (mode !== 'noop') args.push('--force');
  if (mode === 'nopdf') args.push('--no-pdf');
  let stderr = '';
  const io = { stdout: () => {}, stderr: (s) => (stderr += s), env: process.env, color: false, cwd: process.cwd(), tty: false };
  const code = await main(args, io);
  if (code !== 0) {
    process.stderr.write(stderr);
    process.exit(code);
  }
} else if (mode === 'floor') {
  const [out, concurrency] = rest;
  const { default: puppeteer } = await import('puppeteer-core');
  const { findBrowser } = await import('../dist/drivers/pdf/browser-finder.js');
  const { chromiumArgs } = await import('../dist/drivers/pdf/browser-launch.js');
  const { printPage } = await import('../dist/drivers/pdf/hardened-page.js');
  const files = (await readdir(out)).filter((f) => f.endsWith('.html') && f !== 'index.html').sort();
  const browser = await puppeteer.launch({
    executablePath: (await findBrowser()).path,
    headless: true,
    pipe: true,
    args: chromiumArgs(noSandbox, singleProcess),
  });
  try {
    let next = 0;
    const worker = async () => {
      const page = await browser.newPage();
      while (next < files.length) {
        await printPage(page, await readFile(join(out, files[next++]), 'utf8'), 60_000);
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Number(concurrency) }, worker));
  } finally {
    await browser.close();
  }
} else if (mode === 'reprint') {
  const [inlinedFile, linkedFile, assetsDir, times] = rest;
  Object.assign(extra, await reprint(await readFile(inlinedFile, 'utf8'), await readFile(linkedFile, 'utf8'), assetsDir, Number(times)));
} else {
  throw new Error(`unknown mode ${mode}`);
}

async function reprint(inlined, linked, assetsDir, times) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { findBrowser } = await import('../dist/drivers/pdf/browser-finder.js');
  const { chromiumArgs } = await import('../dist/drivers/pdf/browser-launch.js');
  const { openHardenedPage, printPage } = await import('../dist/drivers/pdf/hardened-page.js');
  const assets = new Map();
  for (const name of await readdir(assetsDir)) {
    assets.set(`https://fonts.invalid/${name}`, { body: await readFile(join(assetsDir, name)), contentType: 'font/woff2' });
  }
  const browser = await puppeteer.launch({ executablePath: (await findBrowser()).path, headless: true, pipe: true, args: chromiumArgs(noSandbox, singleProcess) });
  try {
    // A page each, as a build's pages all print one kind.
    const pages = [await openHardenedPage(browser), await openHardenedPage(browser)];
    const timed = async (html, given) => {
      const t = performance.now();
      await printPage(pages[given ? 1 : 0], html, 60_000, given);
      return performance.now() - t;
    };
    // Warm: the page has printed both once, as the watch loop's page has.
    await timed(inlined);
    await timed(linked, assets);
    const a = [];
    const b = [];
    for (let i = 0; i < times; i++) {
      a.push(await timed(inlined));
      b.push(await timed(linked, assets));
    }
    const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
    return { inlinedMs: Math.round(median(a)), linkedMs: Math.round(median(b)) };
  } finally {
    await browser.close();
  }
}

const ms = performance.now() - started;
console.log(JSON.stringify({ ms: Math.round(ms), rssMb: Math.round(process.resourceUsage().maxRSS / 1024), ...extra }));
