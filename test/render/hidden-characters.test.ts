/**
 * Issue 25, point 2, the outputs: a character check warns about as hidden
 * (src/base/hidden.ts) reaches no output. The page (and so the PDF, which
 * prints it), the print job's metadata and the calendar are made from the
 * texts without them, so "Invoice [U+202E]gnp.exe" reads as it was typed,
 * not as "Invoice exe.png"; real text of other scripts, with the joiners
 * and marks it needs, is printed exactly as written.
 */
import { describe, expect, it } from 'vitest';
import { hiddenIn } from '../../src/base/hidden.js';
import { loadMarkdown } from '../../src/parse/markdown-body.js';
import type { Project } from '../../src/pipeline/compile.js';
import { templateNames } from '../../src/render/template-names.js';
import { hostile } from '../check/hidden-sources.js';
import { compile } from '../pipeline/in-memory.js';
import { root, textOf } from './helpers.js';

const project = (config: Project['config'] = {}, request: Project['request'] = {}): Project => ({
  root,
  config,
  templateNames: templateNames(),
  today: { year: 2026, month: 1, day: 1 },
  request,
});
const context = { sourceId: 'x.md', date: new Date(1_700_000_000_000) };

/** A calendar's text with its folded lines joined again (RFC 5545: CRLF and one space). */
const unfolded = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

/** Every character that would be hidden in its text: none may reach an output. */
const HIDDEN = /[\u202a-\u202e\u2066-\u2069\u200b\u2060\ufeff\u{e0000}-\u{e007f}]|\u200d(?![\p{Extended_Pictographic}])/u;

function rendered(source: string, config: Project['config'] = {}) {
  const { views, diagnostics } = compile(source, 'x.md', project(config), 'x', context);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(views).toHaveLength(1);
  return views[0];
}

describe('hidden characters in the outputs', () => {
  it('leave control characters out of the page, the print job and the calendar', async () => {
    await loadMarkdown();
    // A NUL, a bell and a terminal's colour escape reached the page's <title> and the index as they were.
    const source = '---\ntitle: "Nul\0byte \\a\\e[31mrød"\ndate: 2026-05-05\nhours: 09.00–10.00\nvenue: "Sal\f1"\n---\n\nHei\u001b og\b velkommen.\n';
    const view = rendered(source);
    const controls = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
    for (const text of [view.html, view.print.html, view.calendar, view.print.meta.title ?? '']) expect(controls.exec(text)?.[0]).toBeUndefined();
    expect(view.title).toBe('Nulbyte [31mrød');
    expect(textOf(view.html)).toContain('Hei og velkommen.');
    expect(unfolded(view.calendar)).toContain('LOCATION;LANGUAGE=nb:Sal1');
  });

  it('are left out of the page, the print job and the calendar, and the words around them kept', async () => {
    await loadMarkdown();
    const config = { branding: { organisation: 'Asker\u200b kommune', footer: 'Side \u202e1' } };
    // Every view: the whole gathering's, and one audience's (its label is in its title).
    const { views } = compile(hostile, 'x.md', project(config, { audiences: 'all' }), 'x', context);
    expect(views.map((v) => v.title)).toEqual(['Invoice gnp.exe', 'Invoice gnp.exe – Rektorer']);
    for (const v of views) {
      for (const [what, text] of [
        ['html', v.html],
        ['print', v.print.html],
        ['calendar', unfolded(v.calendar)],
        ['pdf title', v.print.meta.title ?? ''],
      ]) {
        expect(HIDDEN.exec(text)?.[0], `${v.view.name} ${what}`).toBeUndefined();
      }
    }
    const view = rendered(hostile, config);
    const page = textOf(view.html);
    for (const words of [
      'Invoice gnp.exe',
      'Vårsamling',
      'Rådhuset',
      'Velkommen 321',
      'Pris',
      'Påmelding',
      'Kaffe og',
      'Gruppe 1',
      'Solvang',
      'Møt opp i tide, og les programmet',
      'Overskrift',
      'Asker kommune',
    ]) {
      expect(page).toContain(words);
    }
    expect(view.html).toContain('href="https://example.no/program"');
    expect(view.html).toContain('"Side 1"');
    const calendar = unfolded(view.calendar);
    expect(calendar).toContain('SUMMARY;LANGUAGE=nb:Invoice gnp.exe');
    expect(calendar).toContain('09.00–10.00 Velkommen 321');
    expect(calendar).toContain('LOCATION;LANGUAGE=nb:Rådhuset');
  });

  it('print real text of other scripts exactly as written, with its marks and joiners', async () => {
    await loadMarkdown();
    const texts = {
      title: 'Velkommen – ברוכים הבאים!\u200f',
      venue: 'Kulturhuset, می\u200cخواهم',
      item: 'Familiedag 👩\u200d👩\u200d👧 og ภาษา\u200bไทย',
      fact: 'हिन्दी क्\u200dष, ශ්\u200dරී ලංකා, 🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}',
      body: 'Hilsen *שלום*\u200f og القاعة \u202bرقم ٣\u202c.',
    };
    for (const t of Object.values(texts)) expect(hiddenIn(t.replace(/\*/g, ''))).toEqual([]);
    const source = [
      '---',
      `title: "${texts.title}"`,
      'date: 2026-03-02',
      `venue: "${texts.venue}"`,
      'facts:',
      `  Språk: "${texts.fact}"`,
      'programme:',
      '  - time: 09.00–10.00',
      `    title: "${texts.item}"`,
      '---',
      '',
      texts.body,
      '',
    ].join('\n');
    const { diagnostics } = compile(source, 'x.md', project(), 'x', context);
    expect(diagnostics.filter((d) => d.code === 'hidden-character')).toEqual([]);
    const view = rendered(source);
    const page = textOf(view.html);
    for (const t of [texts.title, texts.venue, texts.item, texts.fact, 'Hilsen שלום\u200f og القاعة \u202bرقم ٣\u202c.']) expect(page).toContain(t);
    const calendar = unfolded(view.calendar);
    expect(calendar).toContain(`SUMMARY;LANGUAGE=nb:${texts.title}`);
    expect(calendar).toContain(`09.00–10.00 ${texts.item}`);
    expect(calendar).toContain(`LOCATION;LANGUAGE=nb:${texts.venue.replace(',', '\\,')}`);
    expect(view.print.meta.title).toBe(texts.title);
  });
});
