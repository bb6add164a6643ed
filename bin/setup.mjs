#!/usr/bin/env node
// First step on a fresh machine: make sure a Chrome or Chromium is there to
// print PDFs with, install the project's packages (npm ci) and build dist/.
//
// - A system Chrome/Chromium (or CHROME_PATH / PUPPETEER_EXECUTABLE_PATH) is
//   used as it is. npm ci never downloads a browser (puppeteer-core).
// - On Debian or Ubuntu as root with none found, Debian's `chromium` package
//   is installed with apt-get (machines that cannot download browsers).
// - Anywhere else with none found, `agenda browser install` downloads
//   Chrome for Testing's headless shell into the user cache folder.
// Uses nothing but Node itself: it runs before node_modules exists.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { systemBrowser } = createRequire(import.meta.url)('./system-browser.cjs');

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

let browser = systemBrowser();
if (browser) {
  say(`using the browser at ${browser}`);
} else if (process.platform === 'linux' && has('apt-get') && process.getuid?.() === 0) {
  say("no Chrome or Chromium found: installing Debian's chromium");
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
  browser = systemBrowser();
} else {
  say('no Chrome or Chromium found: agenda browser install will download one after npm ci');
  say('(or install one, e.g. `sudo apt-get install chromium`, or set CHROME_PATH)');
}

run('npm', existsSync(join(root, 'package-lock.json')) ? ['ci'] : ['install']);
run('npm', ['run', 'build']);
if (!browser) run(process.execPath, [join(root, 'bin', 'agenda'), 'browser', 'install']);
say('done');
