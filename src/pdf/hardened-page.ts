/**
 * A page that renders untrusted HTML to PDF: page JavaScript off, offline,
 * every request refused except data: URLs, content given with setContent
 * (an about:blank document, so no file:// origin and no navigation).
 */
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';

function allowed(url: string): boolean {
  return url.startsWith('data:') || url === 'about:blank';
}

function refuseNetwork(request: HTTPRequest): void {
  // A refused navigation (meta refresh) must leave the page as it is: aborting it
  // would swap in Chromium's error page, even under a later document on this page,
  // since the refresh timer outlives setContent. "204 No Content" means "stay".
  const handled = allowed(request.url())
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
    page.on('request', refuseNetwork);
    return page;
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Lays out `html` and prints it. No fixed waits and no network-idle wait:
 * `load`, then `document.fonts.ready` (page.pdf's waitForFonts), then print.
 */
export async function printPage(page: Page, html: string, timeoutMs: number): Promise<Uint8Array> {
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
