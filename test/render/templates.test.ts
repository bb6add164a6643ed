/**
 * Templates: chosen by the source, the config or the gathering's shape; a
 * project's folder overrides partials and adds templates; strict mode;
 * branding; the page's head and print CSS; a self-contained, small page.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { chooseTemplate, renderHtml, RenderError } from '../../src/render/render-html.js';
import { example, examples, gatheringOf, root, textOf } from './helpers.js';

/** A project folder with these files. */
function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-render-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

// A 1×1 PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const minimal = (extra = '') => `---\ntitle: Samling\ndate: 2020-01-28\n${extra}---\n\nTekst.\n`;

describe('choosing a template', () => {
  it("the source's, else the config's, else by the gathering's shape", () => {
    expect(chooseTemplate(example('kongsberg-samling-2025'), 'network')).toBe('welcome');
    expect(chooseTemplate(gatheringOf(minimal()), 'welcome')).toBe('welcome');
    expect(chooseTemplate(gatheringOf(minimal()))).toBe('timetable');
    expect(chooseTemplate(gatheringOf(minimal('groups:\n  - label: Gruppe 1\n')))).toBe('network');
    expect(chooseTemplate(gatheringOf(minimal('phases:\n  - title: Forberedelse\n')))).toBe('phases');
  });

  it('an unknown template is a render error naming the known ones', async () => {
    expect(() => renderHtml(gatheringOf(minimal('template: brosjyre\n')))).toThrow(/no template "brosjyre".*network, phases, timetable, welcome/);
  });
});

describe("a project's templates folder", () => {
  it('replaces a partial of the built-in templates', async () => {
    const dir = project({ 'maler/partials/item.hbs': '<div class="mitt">{{title}}!</div>' });
    const { html } = renderHtml(example('ost-oppstart-2020'), { projectRoot: dir, templatesDir: 'maler' });
    expect(html).toContain('<div class="mitt">Lunsj!</div>');
    expect(html).not.toContain('class="item-title"');
  });

  it('adds a template, with its own CSS, that uses the built-in partials', async () => {
    const dir = project({
      'maler/kommune.hbs': '{{#> layout}}<h1>{{title}}</h1>{{> programme heading=headings.programme}}{{/layout}}',
      'maler/kommune.css': '.kommune-mark { color: red; }',
    });
    const g = example('ost-oppstart-2020');
    g.template = 'kommune';
    const { html } = renderHtml(g, { projectRoot: dir, templatesDir: 'maler' });
    expect(html).toContain('.kommune-mark { color: red; }');
    expect(textOf(html)).toContain('Oppstartsamling i Regionalt skoleeiersamarbeid ØST Program tirsdag 28. januar 2020 (forts.) Tid Innhold Deltakere 09.00');
  });

  it('strict mode: a template that prints a field the view model lacks fails', async () => {
    const dir = project({ 'maler/partials/item.hbs': '{{title}} {{speaker}}' });
    const render = () => renderHtml(example('ost-oppstart-2020'), { projectRoot: dir, templatesDir: 'maler' });
    expect(render).toThrow(RenderError);
    expect(() => renderHtml(example('ost-oppstart-2020'), { projectRoot: dir, templatesDir: 'maler' })).toThrow(/"speaker" not defined/);
  });

  it('prototype access stays blocked', async () => {
    const dir = project({ 'maler/partials/item.hbs': '[{{@root.labels.constructor}}][{{lookup @root.labels "__proto__"}}][{{@root.labels.__proto__}}]' });
    const { html } = renderHtml(example('ost-oppstart-2020'), { projectRoot: dir, templatesDir: 'maler' });
    expect(html).toContain('[][][]');
  });
});

describe('branding', () => {
  it('a logo inside the project becomes a data: URL; accent, organisation and footer are used', async () => {
    const dir = project({ 'bilder/logo.png': png });
    const { html } = renderHtml(example('ost-oppstart-2020'), {
      projectRoot: dir,
      branding: { logo: 'bilder/logo.png', accent: '#a0522d', organisation: 'Follo', footer: 'Follo kommuner' },
    });
    // Handlebars writes the base64 padding's "=" as &#x3D;, which the browser reads back.
    expect(html).toContain(`<img class="logo" src="data:image/png;base64,${png.toString('base64').replaceAll('=', '&#x3D;')}"`);
    expect(html).toContain(':root { --accent: #a0522d; }');
    expect(html).toContain('@bottom-left { content: "Follo kommuner"; }');
  });

  it('a logo outside the project, or not an image, is a render error', async () => {
    const dir = project({ 'inne/logo.png': png, 'inne/tekst.png': 'not an image' });
    const g = example('ost-oppstart-2020');
    expect(() => renderHtml(g, { projectRoot: join(dir, 'inne'), branding: { logo: '../inne/../logo.png' } })).toThrow(RenderError);
    expect(() => renderHtml(g, { projectRoot: join(dir, 'inne'), branding: { logo: '/etc/hostname' } })).toThrow(/outside the project|no such file/);
    expect(() => renderHtml(g, { projectRoot: join(dir, 'inne'), branding: { logo: 'tekst.png' } })).toThrow(/not a PNG/);
  });

  it('an accent that is not a colour is a render error', async () => {
    expect(() => renderHtml(example('ost-oppstart-2020'), { branding: { accent: 'red; } body { display: none' } })).toThrow(/accent/);
  });

  it('a relative image in the body is inlined; one outside the project is its alt text', async () => {
    const dir = project({ 'kilder/kart.png': png });
    const g = gatheringOf(minimal().replace('Tekst.', '![Kart](kart.png) ![Hemmelig](../../../etc/hostname)'), join(dir, 'kilder', 'samling.md'));
    const { html } = renderHtml(g, { projectRoot: dir });
    expect(html).toContain(`<img src="data:image/png;base64,${png.toString('base64')}" alt="Kart">`);
    expect(html).toContain('Hemmelig');
    expect(html).not.toContain('etc/hostname');
  });
});

describe("a template's render errors, in the language spoken", () => {
  afterEach(() => useLanguage('en'));

  it('say an unknown template, a template that stops and an accent that is not a colour in bokmål and Swedish', async () => {
    await useLanguage('nb');
    expect(() => renderHtml(gatheringOf(minimal('template: brosjyre\n')))).toThrow('Det finnes ingen mal som heter «brosjyre»: malene er network, phases, timetable, welcome');
    const dir = project({ 'maler/partials/item.hbs': '{{title}} {{speaker}}' });
    // Handlebars' own words stay, as the detail after the sentence.
    expect(() => renderHtml(example('ost-oppstart-2020'), { projectRoot: dir, templatesDir: 'maler' })).toThrow(
      /^Malen «timetable» \(.*timetable\.hbs\) stoppet mens invitasjonen ble fylt ut: "speaker" not defined/,
    );
    await useLanguage('sv');
    expect(() => renderHtml(example('ost-oppstart-2020'), { branding: { accent: 'rød' } })).toThrow(
      'Accentfärgen ”rød” är inte en färg: skriv den som #RGB eller #RRGGBB, till exempel #1a4f8b',
    );
  });

  it('say a template Handlebars cannot read in bokmål, its parse error as the detail', async () => {
    await useLanguage('nb');
    const dir = project({ 'maler/timetable.hbs': '<p>\n{{#if title}}\n</p>\n' });
    expect(() => renderHtml(gatheringOf(minimal()), { projectRoot: dir, templatesDir: 'maler' })).toThrow(
      /^Handlebars kan ikke lese malen .*maler\/timetable\.hbs: Parse error on line 4$/,
    );
  });
});

describe('the page', () => {
  it('head: language, title, author, subject', async () => {
    const result = renderHtml(example('roskilde-ledelseskonferencer-2020'));
    expect(result).toMatchObject({
      title: 'Ledelseskonferencer',
      language: 'da',
      author: 'Roskilde Kommune',
      subject: 'Samarbejde om lokal skole- og klubudvikling – Skole og Klub 2020',
    });
    expect(result.html).toMatch(/^<!DOCTYPE html>\n<html lang="da">/);
    expect(result.html).toContain('<title>Ledelseskonferencer</title>');
    expect(result.html).toContain('<meta name="author" content="Roskilde Kommune">');
  });

  it('print CSS: A4, page numbers from the catalogue, rows and headings kept together', async () => {
    const { html } = renderHtml(example('ost-oppstart-2020'));
    expect(html).toContain('size: A4 portrait;');
    expect(html).toContain('@bottom-right { content: "Side " counter(page) " av " counter(pages); }');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toMatch(/tr, \.row \{ break-inside: avoid; \}/);
    expect(html).toMatch(/h2, h3, h4 \{ break-after: avoid;/);
  });

  for (const name of examples) {
    it(`${name} is self-contained and under 400 KB`, async () => {
      const { html } = renderHtml(example(name), { projectRoot: root });
      expect(html.length).toBeLessThan(400_000);
      expect(html).not.toMatch(/(?:src|url)\(?=?["']?(?:https?:|\/\/|file:)/i);
      expect(html).not.toMatch(/<link\b|@import/i);
      expect(html.match(/@font-face/g)).toHaveLength(5);
    });
  }

  it('the latin-ext subset is embedded only when the text needs it', async () => {
    const plain = renderHtml(gatheringOf(minimal()));
    const sami = renderHtml(gatheringOf(minimal().replace('Samling', 'Čoahkkin Guovdageainnus')));
    expect(plain.html.match(/@font-face/g)).toHaveLength(5);
    expect(sami.html.match(/@font-face/g)).toHaveLength(10);
    expect(sami.html.length).toBeLessThan(400_000);
  });
});
