/**
 * A page as a citizen's browser opens it, audited: axe-core (injected into
 * the page, the policy that keeps scripts out bypassed for it alone) with
 * the WCAG 2.0 and 2.1 rules of levels A and AA, and how far the page
 * scrolls sideways at a given viewport (WCAG 2.1 criterion 1.4.10, Reflow,
 * which axe does not test).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Browser, Viewport } from 'puppeteer-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** 320 CSS px wide (a phone), and a 1280 × 1024 window zoomed to 400 % (320 × 256 CSS px at four device pixels each). */
export const NARROW: Viewport = { width: 320, height: 640 };
export const ZOOMED: Viewport = { width: 320, height: 256, deviceScaleFactor: 4 };

/** The page's violations, each "rule-id: help (the first elements)", then structureProblems'; none when it passes. */
export async function axeViolations(browser: Browser, file: string): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.setBypassCSP(true);
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    return await page
      .evaluate(async (tags: string[]) => {
        const axe = (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } })
          .axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')})`,
        );
      }, WCAG_TAGS)
      .then(async (violations) => [...violations, ...(await page.evaluate(structureProblems))]);
  } finally {
    await page.close();
  }
}

/**
 * What the issue asks beyond axe's rules: one `<main>`; every table named
 * by a caption, or by a heading before it in its section; every header
 * cell with its scope. Runs in the page.
 */
function structureProblems(): string[] {
  const problems: string[] = [];
  const mains = document.querySelectorAll('main').length;
  if (mains !== 1) problems.push(`main: the page has ${mains} <main> elements, not one`);
  for (const table of Array.from(document.querySelectorAll('table'))) {
    const section = table.closest('section');
    const headings = section ? Array.from(section.querySelectorAll('h2, h3, h4, h5, h6')) : [];
    const before = headings.some((h) => h.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (!table.caption && !table.getAttribute('aria-labelledby') && !before)
      problems.push(`table-name: a table.${table.className} has no caption and no heading before it in its section`);
  }
  const unscoped = Array.from(document.querySelectorAll('th:not([scope])'));
  if (unscoped.length) problems.push(`th-scope: ${unscoped.length} header cells without scope (${unscoped[0].outerHTML.slice(0, 80)})`);
  return problems;
}

/** How many CSS px the page is wider than the viewport (0 when it reflows), with the widest element's tag and class. */
export async function sidewaysScroll(browser: Browser, file: string, viewport: Viewport): Promise<{ by: number; widest: string }> {
  const page = await browser.newPage();
  try {
    await page.setViewport(viewport);
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return await page.evaluate(async () => {
      await document.fonts.ready;
      const root = document.documentElement;
      const by = Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth;
      let widest = '';
      let right = root.clientWidth;
      // The deepest element reaching furthest right, its overflowing content counted (a line that does not wrap).
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect().left + el.scrollWidth;
        if (r > root.clientWidth && r >= right) {
          right = r;
          widest = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`;
        }
      }
      return { by, widest };
    });
  } finally {
    await page.close();
  }
}
