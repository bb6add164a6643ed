/** PDF output: find a browser, render HTML to PDF in a hardened page pool, write atomically. */
export { findBrowser, BrowserNotFoundError, type FoundBrowser, type FindBrowserOptions, type TriedBrowser } from './browser-finder.js';
export { needsNoSandbox } from './browser-launch.js';
export { openPdfRenderer, PdfRenderError, type PdfJob, type PdfRenderer, type PdfRendererOptions, type PdfRendererStats } from './pdf-renderer.js';
export { InvalidSourceDateEpochError, sourceDateEpoch, type PdfMeta } from './pdf-metadata.js';
export { writeFileAtomic } from '../output/atomic-write.js';
