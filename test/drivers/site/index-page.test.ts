/**
 * The output folder's index page as a citizen reads it: the publisher's
 * branding, the gatherings to come before the past ones, each with what
 * one needs to decide to go, the calendars to subscribe to, and no script.
 */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry, Manifest } from '../../../src/drivers/build/cache.js';
import { indexPage, indexView, type IndexOptions } from '../../../src/drivers/site/index-page.js';
import { readConfigText } from '../../../src/pipeline/config.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function entry(name: string, e: Partial<Entry> & { date: string; title: string }): [string, Entry] {
  return [name, { source: `${name}.md`, key: 'k', deps: {}, files: [`${name}.html`, `${name}.ics`, `${name}.pdf`], language: 'nb', ...e }];
}

const manifest = (...entries: [string, Entry][]): Manifest => ({ version: 2, outputs: Object.fromEntries(entries) });

const sample = manifest(
  entry('var', {
    date: '2026-03-12',
    title: 'Vårsamling',
    listing: { start: 510, end: 870, venue: 'Rådhuset, Asker', deadline: '2026-02-20', deadlineTime: 720 },
    audiences: { rektorer: 'Rektorer', eiere: 'Skoleeiere' },
  }),
  entry('var.rektorer', { source: 'var.md', date: '2026-03-12', title: 'Vårsamling', label: 'Rektorer', audience: 'rektorer', files: ['var.rektorer.html', 'var.rektorer.ics'] }),
  entry('host', { date: '2026-10-01', title: 'Høstkonferanse', listing: { until: '2026-10-02', start: 600, end: 960, deadline: '2026-02-01' } }),
  entry('januar', { date: '2026-01-15', title: 'Januarmøte' }),
  entry('dansk', { date: '2025-11-20', title: 'Ledelseskonference', language: 'da' }),
  entry('old', { date: '2024-05-02', title: 'Gammel samling' }),
);

const options = (o: Partial<IndexOptions> = {}): IndexOptions => ({ config: {}, root: tmpdir(), today: { year: 2026, month: 2, day: 10 }, ...o });

describe('the index page', () => {
  it('lists the gatherings to come soonest first, and the past ones newest first, parted by the build\u2019s today', () => {
    const view = indexView(sample, options());
    expect(view.upcoming.map((r) => r.title)).toEqual(['Vårsamling', 'Høstkonferanse']);
    expect(view.past.map((r) => r.title)).toEqual(['Januarmøte', 'Ledelseskonference', 'Gammel samling']);
    // Another today, another parting: the page follows --today / SOURCE_DATE_EPOCH, not the clock.
    const later = indexView(sample, options({ today: { year: 2026, month: 10, day: 2 } }));
    expect(later.upcoming.map((r) => r.title)).toEqual(['Høstkonferanse']);
  });

  it('gives each gathering its weekday and date, hours, venue, audiences and registration deadline, marked when passed', () => {
    const html = indexPage(sample, options());
    const row = html.slice(html.indexOf('Vårsamling'), html.indexOf('Høstkonferanse'));
    expect(row).toContain('torsdag 12. mars 2026</time>, kl. 08.30–14.30');
    expect(row).toContain('<dd>Rådhuset, Asker</dd>');
    expect(row).toContain('<dd>Rektorer, Skoleeiere</dd>');
    expect(row).toContain('Påmeldingsfrist</dt><dd><time datetime="2026-02-20">fredag 20. februar 2026 kl. 12.00</time></dd>');
    expect(row).not.toContain('fristen er ute');
    expect(row).toMatch(
      /Egne invitasjoner:<\/p>\n<ul class="views"><li><a href="var\.rektorer\.html">Rektorer<\/a><span aria-hidden="true"> · <\/span><a href="var\.rektorer\.ics">Kalender<\/a><\/li><\/ul>/,
    );
    const autumn = html.slice(html.indexOf('Høstkonferanse'), html.indexOf('</li>', html.indexOf('Høstkonferanse')));
    expect(autumn).toContain('torsdag 1. oktober 2026 – fredag 2. oktober 2026');
    // The first day's hours are not every day's: a gathering of several days gives its dates alone.
    expect(autumn).not.toContain('kl. 10.00');
    expect(autumn).toContain('(fristen er ute)');
  });

  it('marks visibly a gathering in another language than the page\u2019s, and tags its title', () => {
    const html = indexPage(sample, options());
    expect(html).toMatch(/<a href="dansk\.html" lang="da">Ledelseskonference<\/a> <span class="language" lang="da">dansk<\/span>/);
    expect(html).not.toMatch(/Vårsamling<\/a> <span class="language"/);
  });

  it('writes absolute webcal: links at build time with a base URL, and carries no script with or without one', () => {
    const withBase = indexPage(sample, options({ config: { site: { 'base-url': 'https://kommune.no/invitasjoner' } } }));
    expect(withBase).toContain('href="webcal://kommune.no/invitasjoner/calendar.ics"');
    expect(withBase).toContain('href="webcal://kommune.no/invitasjoner/calendar.rektorer.ics"');
    expect(withBase).not.toContain('Kopier lenken');
    const without = indexPage(sample, options());
    expect(without).toContain('<a href="calendar.ics">Abonner: Alle</a>');
    expect(without).toContain('<a href="calendar.rektorer.ics">Abonner: Rektorer</a>');
    expect(without).toContain('Kopier lenken inn i kalenderprogrammet');
    for (const html of [withBase, without]) expect(html).not.toMatch(/<script|data-webcal|\son\w+=/i);
  });

  it('shows the branding, the site block and the fonts, with the introduction sanitized like the invitations\u2019 Markdown', async () => {
    const root = await mkdtemp(join(tmpdir(), 'agenda-index-'));
    await writeFile(join(root, 'logo.png'), PNG);
    const config = {
      branding: { organisation: 'Asker kommune', logo: 'logo.png', accent: '#7a1f3d', footer: 'Asker kommune, oppvekst' },
      site: {
        title: 'Samlinger for skoleledere',
        introduction: 'Her finner du **alle** samlinger.<script>alert(1)</script> [x](javascript:alert(1))',
        accessibility: 'https://uustatus.no/nb/erklaringer/publisert/1',
        contact: 'Spørsmål: [post@asker.kommune.no](mailto:post@asker.kommune.no)',
      },
    };
    const html = indexPage(sample, options({ config, root }));
    expect(html).toContain('<title>Samlinger for skoleledere – Asker kommune</title>');
    expect(html).toContain('<h1>Samlinger for skoleledere</h1>');
    expect(html).toMatch(/<img class="logo" src="data:image\/png;base64,[^"]+" alt="Asker kommune">/);
    expect(html).toContain('--accent: #7a1f3d;');
    expect(html).toContain('<p>Asker kommune, oppvekst</p>');
    expect(html).toContain('<a href="mailto:post@asker.kommune.no">post@asker.kommune.no</a>');
    expect(html).toContain('<a href="https://uustatus.no/nb/erklaringer/publisert/1">Tilgjengelighetserklæring</a>');
    expect(html).toContain('Her finner du <strong>alle</strong> samlinger.');
    expect(html).not.toMatch(/<script|javascript:/i);
    expect(html).toMatch(/@font-face \{\s+font-family: 'Source Sans 3'/);
    expect(html).toMatch(/font-family: 'Source Serif 4'/);
    expect(html).toContain('<main>');
  });

  it('sets text in a darker shade of an accent too pale to read, as the config says', () => {
    const loaded = readConfigText("branding:\n  accent: '#ffcc00'\n", join(tmpdir(), 'agenda.config.yaml'));
    expect(loaded.diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.column])).toEqual([['accent-contrast', 2, 11]]);
    expect(indexPage(sample, options({ config: loaded.config }))).toContain('--accent: #856a00;');
    expect(readConfigText("branding:\n  accent: '#1f4e79'\n", join(tmpdir(), 'agenda.config.yaml')).diagnostics).toEqual([]);
  });

  it('takes the site\u2019s own branding over the project\u2019s, for a site that publishes several organisers\u2019 invitations', async () => {
    const root = await mkdtemp(join(tmpdir(), 'agenda-index-'));
    await writeFile(join(root, 'nettverk.png'), PNG);
    const config = {
      branding: { organisation: 'Asker kommune', accent: '#7a1f3d', footer: 'Asker kommune, oppvekst' },
      site: { branding: { organisation: 'Skolenettverk i Norden', logo: 'nettverk.png', accent: '#2d5f3a' } },
    };
    const html = indexPage(sample, options({ config, root }));
    expect(html).toMatch(/<img class="logo" src="data:image\/png;base64,[^"]+" alt="Skolenettverk i Norden">/);
    expect(html).toContain('--accent: #2d5f3a;');
    expect(html).not.toContain('#7a1f3d');
    // What the site's block leaves out is the project's.
    expect(html).toContain('<p>Asker kommune, oppvekst</p>');
  });

  it('checks the site\u2019s own logo and accent as it checks the project\u2019s, at their places', () => {
    const file = join(tmpdir(), 'agenda.config.yaml');
    const loaded = readConfigText("site:\n  branding:\n    logo: finnes-ikke.png\n    accent: '#ffcc00'\n", file);
    expect(loaded.diagnostics.map((d) => [d.code, d.span?.start.line, d.span?.start.column])).toEqual([
      ['logo-unreadable', 3, 11],
      ['accent-contrast', 4, 13],
    ]);
    expect(indexPage(sample, options({ config: loaded.config }))).toContain('--accent: #856a00;');
  });

  it('refuses a base URL or accessibility statement that is not a web address, at its place', () => {
    const loaded = readConfigText('site:\n  base-url: kommune.no\n  accessibility: "javascript:alert(1)"\n', join(tmpdir(), 'agenda.config.yaml'));
    expect(loaded.diagnostics.map((d) => [d.code, d.span?.start.line, d.message])).toEqual([
      ['schema', 2, expect.stringMatching(/base URL is a web address/)],
      ['schema', 3, expect.stringMatching(/accessibility statement is a web address/)],
    ]);
  });

  it('reads an older or edited record without listing as far as it goes', () => {
    const odd = manifest(
      entry('a', { date: '2026-05-05', title: 'Alfa', listing: { start: 'nine', venue: 7, deadline: '<b>' } as never }),
      entry('b', { date: '2026-06-06', title: 'Beta', language: 'xx' }),
    );
    const view = indexView(odd, options());
    expect(view.upcoming.map((r) => [r.title, r.time, r.venue, r.deadline, r.language])).toEqual([
      ['Alfa', '', '', null, 'nb'],
      ['Beta', '', '', null, 'nb'],
    ]);
  });

  it('gives a project\u2019s own index template every field, the branding included', async () => {
    const templates = await mkdtemp(join(tmpdir(), 'agenda-index-templates-'));
    await mkdir(join(templates, 'site'));
    await writeFile(
      join(templates, 'site', 'index.hbs'),
      '{{branding.organisation}}|{{branding.accent}}|{{title}}|{{#each upcoming}}{{title}} {{when}};{{/each}}|{{#each feeds}}{{subscribe}} {{/each}}',
    );
    const html = indexPage(sample, options({ templatesDir: templates, config: { branding: { organisation: 'Bærum' }, site: { 'base-url': 'https://b.no/' } } }));
    expect(html).toBe(
      'Bærum|#1f4e79|Invitasjoner|Vårsamling torsdag 12. mars 2026;Høstkonferanse torsdag 1. oktober 2026 – fredag 2. oktober 2026;|webcal://b.no/calendar.ics webcal://b.no/calendar.eiere.ics webcal://b.no/calendar.rektorer.ics ',
    );
  });
});
