#!/usr/bin/env node
// First step on a fresh machine: make sure a Chrome or Chromium is there to
// print PDFs with, then install the project's packages (npm ci).
//
// - A system Chrome/Chromium (or CHROME_PATH / PUPPETEER_EXECUTABLE_PATH) is
//   used as it is, and puppeteer's own download is skipped (.puppeteerrc.cjs).
// - On Debian or Ubuntu as root with none found, Debian's `chromium` package
//   is installed with apt-get (machines that cannot download browsers).
// - Anywhere else with none found, puppeteer downloads its browser during
//   npm ci, the usual way.
// Uses nothing but Node itself: it runs before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const candidates = [
  process.env.PUPPETEER_EXECUTABLE_PATH,
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
].filter(Boolean);

const say = (s) => process.stdout.write(`setup: ${s}\n`);
const run = (cmd, args, env = process.env) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env, shell: process.platform === 'win32' });
  if (r.status !== 0) {
    process.stderr.write(`setup: ${cmd} ${args.join(' ')} failed\n`);
    process.exit(r.status ?? 1);
  }
};
const has = (cmd) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

let browser = candidates.find((p) => existsSync(p));
if (browser) {
  say(`using the browser at ${browser}`);
} else if (process.platform === 'linux' && has('apt-get') && process.getuid?.() === 0) {
  say('no Chrome or Chromium found: installing Debian\'s chromium');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
  browser = candidates.find((p) => existsSync(p));
} else {
  say('no Chrome or Chromium found: puppeteer will download its own during npm ci');
  say('(or install one, e.g. `sudo apt-get install chromium`, or set CHROME_PATH)');
}

run('npm', existsSync(join(root, 'package-lock.json')) ? ['ci'] : ['install']);
say('done');
