/**
 * Every page a build writes, opened as a citizen opens it: each invitation
 * of the examples and of the starters (every template in every language),
 * their audience and group views, and the index pages (with and without a
 * logo and a base URL). Public bodies in Norway are held to WCAG 2.1 AA by
 * law: axe-core's A and AA rules find no violation on any page, and no page
 * scrolls sideways at 320 CSS px or at 400 % zoom (criterion 1.4.10,
 * Reflow). A failure names the rule, or the width and widest element, per page.
 */
import { readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/drivers/pdf/browser-finder.js';
import { run } from '../cli/run.js';
import { envWith, png, root, tempDir } from '../drivers/build/helpers.js';
import { starterProject } from './starters.js';
import { axeViolations, NARROW, sidewaysScroll, ZOOMED } from './page-audit.js';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f))
    .sort();
}

let browser: Browser;
let pages: string[] = [];
const outs: string[] = [];
/** A page as the failure names it: examples/… or starters/…. */
function shown(file: string): string {
  const i = outs.findIndex((o) => file.startsWith(`${o}/`));
  return `${['examples', 'starters'][i]}/${relative(outs[i], file)}`;
}

beforeAll(async () => {
  const examples = await tempDir('agenda-a11y-examples-');
  const built = await run(['build', 'examples', '--out', examples, '--no-pdf', '--audience', 'all', '--groups', '--today', '2020-02-01'], envWith(), root);
  expect(built.code, built.stderr).toBe(0);
  const project = await starterProject();
  const starters = await tempDir('agenda-a11y-starters-out-');
  const made = await run(['build', join(project, 'samlinger'), '--out', starters, '--no-pdf', '--today', '2026-01-12'], envWith(), project);
  expect(made.code, made.stdout + made.stderr).toBe(0);
  outs.push(examples, starters);
  pages = [...(await htmlFiles(examples)), ...(await htmlFiles(starters))];
  const { path } = await findBrowser({ env: process.env });
  browser = await puppeteer.launch({ executablePath: path, headless: true, userDataDir: await tempDir('agenda-a11y-profile-'), args: ['--no-sandbox'] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

describe('every page the build writes', { timeout: 600_000 }, () => {
  it('is every invitation, view and index of the examples and the starters', () => {
    // 5 examples + 2 audience views + their groups' views + the index; 20 starters (4 templates × 5 languages), their views, the index.
    expect(pages.filter((p) => p.endsWith('index.html'))).toHaveLength(2);
    expect(pages.length).toBeGreaterThanOrEqual(5 + 2 + 2 + 1 + 20 + 1);
  });

  it("passes axe-core's WCAG 2.1 A and AA rules with no violation", async () => {
    const found: Record<string, string[]> = {};
    for (const file of pages) {
      const violations = await axeViolations(browser, file);
      if (violations.length) found[shown(file)] = violations;
    }
    expect(found).toEqual({});
  });

  it('reflows at 320 CSS px and at 400 % zoom: no page scrolls sideways', async () => {
    const found: Record<string, string> = {};
    for (const file of pages) {
      for (const [name, viewport] of [
        ['320 px', NARROW],
        ['400 %', ZOOMED],
      ] as const) {
        const { by, widest } = await sidewaysScroll(browser, file, viewport);
        if (by > 0) found[`${shown(file)} at ${name}`] = `${by} px too wide (${widest})`;
      }
    }
    expect(found).toEqual({});
  });
});

describe('the audit itself', { timeout: 120_000 }, () => {
  it('names the rule and the page of a planted violation, and measures a page that does not reflow', async () => {
    const dir = await tempDir('agenda-a11y-planted-');
    const planted = join(dir, 'planted.html');
    await writeFile(
      planted,
      `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Plantet</title></head>
<body><main><h1>Samling</h1><img src="data:image/png;base64,${png(1, 2, 3).toString('base64')}"><p style="color:#bbb">Lys grå tekst på hvitt</p>
<p style="white-space:nowrap">Oppstartsamling i Regionalt skoleeiersamarbeid ØST, tirsdag 28. januar 2020, kl. 09.00–15.30</p></main></body></html>`,
    );
    const violations = await axeViolations(browser, planted);
    expect(violations.map((v) => v.split(':')[0])).toEqual(['color-contrast', 'image-alt']);
    expect(violations[1]).toMatch(/^image-alt: Images must have alternative text \(img\)/);
    const scroll = await sidewaysScroll(browser, planted, NARROW);
    expect(scroll.by).toBeGreaterThan(100);
    expect(scroll.widest).toBe('p');
  });
});
