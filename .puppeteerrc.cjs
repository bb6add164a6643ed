// Skip puppeteer's own browser download when a system Chrome/Chromium is
// present (Debian's /usr/bin/chromium, CHROME_PATH, ...): machines without
// internet access can still `npm ci`, and machines with no browser at all
// still get puppeteer's download the usual way.
const { existsSync } = require('node:fs');
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
const system = candidates.find((p) => existsSync(p));
module.exports = system ? { skipDownload: true } : {};
