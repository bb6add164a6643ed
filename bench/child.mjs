// One measured run of bench/build.ts, in a Node process of its own; prints
// {"ms", "rssMb"} as its last line. Uses the built tool (dist/).
//   node bench/child.mjs agenda SRC OUT CONCURRENCY   full build (--force)
//   node bench/child.mjs noop   SRC OUT CONCURRENCY   rebuild, nothing changed
//   node bench/child.mjs floor  OUT CONCURRENCY        setContent + page.pdf of OUT/*.html
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const [mode, ...rest] = process.argv.slice(2);
const started = performance.now();

if (mode === 'agenda' || mode === 'noop') {
  const [src, out, concurrency] = rest;
  const { main } = await import('../dist/cli.js');
  const args = ['build', src, '--out', out, '--concurrency', concurrency, '--quiet', '--today', '2018-01-01'];
  if (mode === 'agenda') args.push('--force');
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
  const { findBrowser } = await import('../dist/pdf/browser-finder.js');
  const { chromiumArgs, needsNoSandbox } = await import('../dist/pdf/browser-launch.js');
  const { printPage } = await import('../dist/pdf/hardened-page.js');
  const files = (await readdir(out)).filter((f) => f.endsWith('.html') && f !== 'index.html').sort();
  const browser = await puppeteer.launch({
    executablePath: (await findBrowser()).path,
    headless: true,
    pipe: true,
    args: chromiumArgs(needsNoSandbox()),
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
} else {
  throw new Error(`unknown mode ${mode}`);
}

const ms = performance.now() - started;
console.log(JSON.stringify({ ms: Math.round(ms), rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
