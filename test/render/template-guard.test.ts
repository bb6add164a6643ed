/**
 * A project template cannot print a source's markup, and `check` sees into
 * project templates. `{{{title}}}` printed a source's `<script>`, `<form>`
 * and `<meta http-equiv="refresh">` unchanged with check clean; a partial
 * that does not exist passed check and failed every invitation at build.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useLanguage } from '../../src/base/messages/index.js';
import { renderHtml } from '../../src/render/render-html.js';
import { checkTemplates } from '../../src/render/template-check.js';
import { loadMarkdown } from '../../src/parse/markdown-body.js';
import { gatheringOf } from './helpers.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-guard-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const markup = `<script>alert(1)</script><form action=https://evil.example><meta http-equiv="refresh" content="0;url=https://evil.example">`;
const hostile = `---\ntitle: '${markup}'\norganiser: '${markup}'\ndate: 2020-01-28\nprogramme:\n  - time: 09.00\n    title: '${markup}'\n---\n\nTekst.\n`;

/** Every way a template may ask for raw output of a source's text. */
const tries = [
  '{{{title}}}',
  '{{&organiser}}',
  '{{#each programme.days}}{{#each rows}}{{{title}}}{{/each}}{{/each}}',
  '{{#with title as |html|}}{{{html}}}{{/with}}',
  '{{{lookup this "title"}}}',
  '{{#with this}}{{{./title}}}{{/with}}',
];

describe('a project template and raw output', () => {
  beforeAll(loadMarkdown);

  it.each(tries)('%s prints the source text as text, and the built-in sanitized fields still print as HTML', (body) => {
    const dir = project({ 'maler/kommune.hbs': `{{#> layout}}<h1>x</h1>${body}{{{aside}}}{{/layout}}` });
    const g = gatheringOf(hostile);
    g.template = 'kommune';
    const { html } = renderHtml(g, { projectRoot: dir, templatesDir: 'maler' });
    expect(html).not.toMatch(/<script|<form|<meta http-equiv="refresh"/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/<style>[\s\S]*\.programme/);
  });

  it('check reports each try at its file and line as template-raw; the sanitized fields pass', () => {
    const dir = project({
      'maler/kommune.hbs': `{{#> layout}}\n{{{html}}}{{{details}}}{{{styles}}}{{{pageFooter.text}}}\n${tries.join('\n')}\n{{/layout}}`,
    });
    const found = checkTemplates(join(dir, 'maler'), [dir]).map((d) => [d.code, d.file.endsWith('kommune.hbs'), d.span?.start.line]);
    // A block parameter named like a safe field (`as |html|`) passes the check's reading; the renderer's guard still prints it as text.
    const seen = tries.map((t, i) => [t, i]).filter(([t]) => !String(t).includes('as |html|'));
    expect(found).toEqual(seen.map(([, i]) => ['template-raw', true, Number(i) + 3]));
  });
});

describe('check sees into project templates', () => {
  afterEach(() => useLanguage('en'));

  it('a partial or a helper that does not exist is an error at its file and line', () => {
    const dir = project({
      'maler/kommune.hbs':
        '{{#> layout}}\n<h1>{{title}}</h1>\n{{> nosuchpartial}}\n{{#if title}}{{shout title}}{{/if}}\n{{> mine}}{{#*inline "own"}}x{{/inline}}{{> own}}{{/layout}}',
      'maler/partials/mine.hbs': '{{> programme heading=headings.programme}}{{> alsomissing}}',
    });
    const found = checkTemplates(join(dir, 'maler'), [dir]).map((d) => [d.code, d.file.slice(dir.length + 1), d.span?.start.line, d.message]);
    expect(found).toEqual([
      ['template-invalid', 'maler/kommune.hbs', 3, 'The template calls the partial "nosuchpartial", which does not exist'],
      ['template-invalid', 'maler/kommune.hbs', 4, 'The template calls the helper "shout", which does not exist'],
      ['template-invalid', 'maler/partials/mine.hbs', 1, 'The template calls the partial "alsomissing", which does not exist'],
    ]);
  });

  it('a partial that calls itself, directly or through another, is an error at the call that closes the loop', () => {
    // A project's header.hbs calling {{> header}} ran the render out of stack, blamed on the source's line 1 and the built-in template.
    const own = project({ 'maler/partials/header.hbs': '<header>\n{{> header}}\n</header>' });
    expect(checkTemplates(join(own, 'maler'), [own]).map((d) => [d.code, d.file.slice(own.length + 1), d.span?.start.line, d.message])).toEqual([
      ['template-invalid', 'maler/partials/header.hbs', 2, 'The partial "header" is called again inside itself (header → header): the page would never be finished'],
    ]);
    const pair = project({ 'maler/partials/a.hbs': '{{> b}}', 'maler/partials/b.hbs': 'x {{> a}}', 'maler/partials/fine.hbs': '{{> deadlines}}' });
    expect(checkTemplates(join(pair, 'maler'), [pair]).map((d) => d.message)).toEqual([expect.stringContaining('(a → b → a)'), expect.stringContaining('(b → a → b)')]);
  });

  it('partials that call one another in a lattice, with no loop, are each followed once', () => {
    // 24 layers of two partials, each calling both of the next: 2^24 paths, which a walk of every path would not finish.
    const files: Record<string, string> = { 'maler/partials/l24a.hbs': 'a', 'maler/partials/l24b.hbs': 'b' };
    for (let i = 0; i < 24; i++) for (const x of ['a', 'b']) files[`maler/partials/l${i}${x}.hbs`] = `{{> l${i + 1}a}}{{> l${i + 1}b}}`;
    const dir = project(files);
    expect(checkTemplates(join(dir, 'maler'), [dir])).toEqual([]);
  }, 20_000);

  it('a partial named by a value is an error: which partial it prints cannot be checked', () => {
    const dir = project({ 'maler/partials/c.hbs': '{{> (lookup this "title")}}' });
    expect(checkTemplates(join(dir, 'maler'), [dir]).map((d) => [d.code, d.span?.start.line, d.message])).toEqual([
      ['template-invalid', 1, 'The partial is named by a value ({{> (…)}}): which partial is printed cannot be checked'],
    ]);
  });

  it('a template Handlebars cannot read is said in the language spoken at its line, its parser’s expectation in the hint', async () => {
    const dir = project({ 'maler/timetable.hbs': '<p>\n{{#if title}}\n</p>\n' });
    const found = () => checkTemplates(join(dir, 'maler'), [dir]).map((d) => [d.code, d.span?.start.line, d.message, d.hint]);
    expect(found()).toEqual([
      [
        'template-invalid',
        4,
        'The template cannot be compiled: its {{ }} markup is wrong at this line',
        "close every block you open ({{#if}}, {{#each}}, {{#with}}) with its {{/…}}, and check that each {{ has its }} (Handlebars: Expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF')",
      ],
    ]);
    await useLanguage('nb');
    expect(found()).toEqual([
      [
        'template-invalid',
        4,
        'Malen kan ikke brukes: {{ }}-koden er feil på denne linjen',
        "lukk hver blokk du åpner ({{#if}}, {{#each}}, {{#with}}) med tilhørende {{/…}}, og se etter at hver {{ har sin }} (Handlebars: Expecting 'OPEN_INVERSE_CHAIN', 'INVERSE', 'OPEN_ENDBLOCK', got 'EOF')",
      ],
    ]);
  });
});
