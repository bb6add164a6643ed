// The Chrome or Chromium already on this machine, if any, for bin/setup.mjs
// (before install: apt-get one, or download one after it, when none is).
// Plain CommonJS with no dependencies, since it runs before the tool is
// built; at run time src/pdf/browser-finder.ts looks in these places and more.
const { existsSync } = require('node:fs');

function systemBrowser(env = process.env) {
  return [
    env.PUPPETEER_EXECUTABLE_PATH,
    env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ].find((p) => p && existsSync(p));
}

module.exports = { systemBrowser };
