/**
 * A page that renders untrusted HTML to PDF: page JavaScript off, offline,
 * every request refused except data: URLs and the print job's own assets
 * (the fonts, by URL, answered from memory), content given with setContent
 * (an about:blank document, so no file:// origin and no navigation).
 */
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';

import type { PrintAssets } from '../../render/print-job.js';

/** The assets of the document each page is printing now. */
const assetsOf = new WeakMap<Page, PrintAssets>();
/** Pages that have printed a document given no assets: its policy may refuse their URLs. */
const strictPages = new WeakSet<Page>();

function allowed(url: string): boolean {
  return url.startsWith('data:') || url === 'about:blank';
}

function refuseNetwork(request: HTTPRequest, assets: PrintAssets | undefined): void {
  const asset = request.isNavigationRequest() ? undefined : assets?.get(request.url());
  // A refused navigation (meta refresh) must leave the page as it is: aborting it
  // would swap in Chromium's error page, even under a later document on this page,
  // since the refresh timer outlives setContent. "204 No Content" means "stay".
  const handled = asset
    ? request.respond({
        status: 200,
        contentType: asset.contentType,
        body: asset.body,
        // Fonts are fetched in CORS mode, and the about:blank document's origin is not the asset's.
        headers: { 'access-control-allow-origin': '*' },
      })
    : allowed(request.url())
      ? request.continue()
      : request.isNavigationRequest()
        ? request.respond({ status: 204, body: '' })
        : request.abort('blockedbyclient');
  // The page may close while a request is pending (crash, timeout); nothing to do then.
  handled.catch(() => undefined);
}

export async function openHardenedPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  try {
    // Takes effect for the content set afterwards.
    await page.setJavaScriptEnabled(false);
    await page.setOfflineMode(true);
    await page.setRequestInterception(true);
    page.on('request', (request) => refuseNetwork(request, assetsOf.get(page)));
    return page;
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Lays out `html` and prints it. No fixed waits and no network-idle wait:
 * `load`, then `document.fonts.ready` (page.pdf's waitForFonts), then print.
 * `assets` are the only URLs besides data: the page is answered.
 */
export async function printPage(page: Page, html: string, timeoutMs: number, assets?: PrintAssets): Promise<Uint8Array> {
  assetsOf.set(page, assets ?? new Map());
  const byUrl = assets !== undefined && assets.size > 0;
  // setContent writes into the same document (document.open), which keeps every
  // Content-Security-Policy it was given: one allowing fonts only as data: would
  // block this document's font URLs. A fresh document forgets them.
  if (byUrl && strictPages.has(page)) await page.goto('about:blank', { timeout: timeoutMs });
  if (byUrl) strictPages.delete(page);
  else strictPages.add(page);
  await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
  return page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    outline: true,
    waitForFonts: true,
    timeout: timeoutMs,
  });
}
