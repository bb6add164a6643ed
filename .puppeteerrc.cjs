// Skip puppeteer's own browser download when a system Chrome/Chromium is
// present (Debian's /usr/bin/chromium, CHROME_PATH, ...): machines without
// internet access can still `npm ci`, and machines with no browser at all
// still get puppeteer's download the usual way.
const { systemBrowser } = require('./bin/system-browser.cjs');

module.exports = systemBrowser() ? { skipDownload: true } : {};
