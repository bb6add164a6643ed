/** Dates, times and labels as each language writes them: pinned, so an ICU update shows here. */
import { describe, expect, it } from 'vitest';
import { catalogue, formatDate, formatDays, formatHours, formatList, formatSlot, languages } from '../../src/base/i18n/index.js';
import { renderHtml } from '../../src/render/render-html.js';
import { pageCounter } from '../../src/render/styles.js';
import { gatheringOf, textOf } from './helpers.js';

const tuesday = { year: 2020, month: 1, day: 28 };

describe('dates', () => {
  it.each([
    ['nb', 'tirsdag 28. januar 2020'],
    ['nn', 'tysdag 28. januar 2020'],
    ['da', 'tirsdag den 28. januar 2020'],
    ['sv', 'tisdag 28 januari 2020'],
    ['en', 'Tuesday 28 January 2020'],
  ])('%s: %s', (lang, expected) => {
    expect(formatDate(tuesday, catalogue(lang))).toBe(expected);
  });

  it('several days of one month, and across months', () => {
    expect(formatDays({ year: 2019, month: 8, day: 15 }, { year: 2019, month: 8, day: 16 }, catalogue('nn'))).toBe('15.–16. august 2019');
    expect(formatDays({ year: 2019, month: 8, day: 15 }, { year: 2019, month: 8, day: 16 }, catalogue('sv'))).toBe('15–16 augusti 2019');
    expect(formatDays({ year: 2019, month: 8, day: 30 }, { year: 2019, month: 9, day: 2 }, catalogue('nb'))).toBe('30. august 2019 – 2. september 2019');
  });
});

describe('times', () => {
  const nb = catalogue('nb');
  it('start times, ranges with an en dash, open starts', () => {
    expect(formatSlot({ start: 9 * 60 }, nb, '.')).toBe('09.00');
    expect(formatSlot({ start: 8 * 60 + 30, end: 9 * 60 + 30 }, nb, '.')).toBe('08.30–09.30');
    expect(formatSlot({ start: 9 * 60 + 30, open: true }, nb, '.')).toBe('fra kl. 09.30');
    expect(formatHours({ start: 8 * 60 + 30, end: 14 * 60 + 30 }, nb, '.')).toBe('kl. 08.30–14.30');
  });
  it('the separator is configurable; English uses a colon by default', () => {
    expect(formatSlot({ start: 8 * 60 + 30, end: 24 * 60 }, nb, ':')).toBe('08:30–24:00');
    expect(catalogue('en').timeSeparator).toBe(':');
    expect(formatHours({ start: 510, end: 870 }, catalogue('en'), ':')).toBe('08:30–14:30');
  });
  it('lists', () => {
    expect(formatList(['Administrative skoleeiere', 'rektorer'], nb)).toBe('Administrative skoleeiere og rektorer');
    expect(formatList(['A', 'B', 'C'], catalogue('sv'))).toBe('A, B och C');
  });
});

describe('catalogues', () => {
  it('every language has every label, none empty', () => {
    const keys = Object.keys(catalogue('nb').labels).sort();
    for (const lang of languages) {
      const labels = catalogue(lang).labels as unknown as Record<string, string>;
      expect(Object.keys(labels).sort()).toEqual(keys);
      for (const key of keys) expect(labels[key].trim(), `${lang}.${key}`).not.toBe('');
    }
  });
  it("the seeds' words", () => {
    const nb = catalogue('nb').labels;
    expect([nb.time, nb.content, nb.audience, nb.venue, nb.programme, nb.registration, nb.contact, nb.deadline, nb.welcome, nb.all]).toEqual([
      'Tid',
      'Innhold',
      'Deltakere',
      'Sted',
      'Program',
      'Påmelding',
      'Kontaktperson',
      'Frist',
      'Velkommen til samling',
      'Alle',
    ]);
    expect(catalogue('da').labels.registration).toBe('Tilmelding');
    // Danish says arrangement where Norwegian says samling, on the index page as in the messages.
    const da = catalogue('da').labels;
    expect([da.upcoming, da.archive, da.noUpcoming].join(' ')).not.toMatch(/samling/i);
    expect(catalogue('nn').labels.content).toBe('Innhald');
  });
  it('the page footer as CSS', () => {
    expect(pageCounter(catalogue('nb').labels)).toBe('"Side " counter(page) " av " counter(pages)');
    expect(pageCounter(catalogue('da').labels)).toBe('"Side " counter(page) " af " counter(pages)');
    expect(pageCounter(catalogue('en').labels)).toBe('"Page " counter(page) " of " counter(pages)');
  });
  it('an unknown language is an error', () => {
    expect(() => catalogue('de')).toThrow(/no label catalogue/);
  });
});

describe('a page in each language', () => {
  const source = (lang: string) => `---
title: Samling
language: ${lang}
date: 2020-01-28
hours: 09.00–15.30
audiences:
  a: A
programme:
  - time: 09.00
    title: Start
---
`;
  // The programme's label for a page it continues on (its date "(forts.)") stands in the page, under the heading that covers it in print.
  it.each([
    ['nb', 'tirsdag 28. januar 2020, kl. 09.00–15.30', 'Program tirsdag 28. januar 2020 (forts.) Tid Innhold Deltakere 09.00 Start Alle'],
    ['nn', 'tysdag 28. januar 2020, kl. 09.00–15.30', 'Program tysdag 28. januar 2020 (framh.) Tid Innhald Deltakarar 09.00 Start Alle'],
    ['da', 'tirsdag den 28. januar 2020, kl. 09.00–15.30', 'Program tirsdag den 28. januar 2020 (fortsat) Tid Indhold Deltagere 09.00 Start Alle'],
    ['sv', 'tisdag 28 januari 2020, kl. 09.00–15.30', 'Program tisdag 28 januari 2020 (forts.) Tid Innehåll Deltagare 09.00 Start Alla'],
    ['en', 'Tuesday 28 January 2020, 09:00–15:30', 'Programme Tuesday 28 January 2020 (continued) Time Item Participants 09:00 Start All'],
  ])('%s', async (lang, when, programme) => {
    const { html, language } = renderHtml(gatheringOf(source(lang)));
    expect(language).toBe(lang);
    expect(html).toContain(`<html lang="${lang}">`);
    const text = textOf(html);
    expect(text).toContain(when);
    expect(text).toContain(programme);
  });

  it("the project's time separator wins over the language's", async () => {
    const { html } = renderHtml(gatheringOf(source('nb')), { timeSeparator: ':' });
    expect(textOf(html)).toContain('kl. 09:00–15:30');
  });
});
