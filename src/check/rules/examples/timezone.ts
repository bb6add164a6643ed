/**
 * The timezone rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.timezone.example.danish-gathering-copenhagen',
    source: {
      nb: md`
        ---
        title: Ledelseskonference
        date: 2020-03-05
        language: da
        timezone: Europe/Copenhagen
        ---
      `,
      nn: md`
        ---
        title: Ledelseskonference
        date: 2020-03-05
        language: da
        timezone: Europe/Copenhagen
        ---
      `,
      da: md`
        ---
        title: Ledelseskonference
        date: 2020-03-05
        language: da
        timezone: Europe/Copenhagen
        ---
      `,
      sv: md`
        ---
        title: Ledelseskonference
        date: 2020-03-05
        language: da
        timezone: Europe/Copenhagen
        ---
      `,
      en: md`
        ---
        title: Ledelseskonference
        date: 2020-03-05
        language: da
        timezone: Europe/Copenhagen
        ---
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.timezone.example.misspelt-city',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        timezone: Europe/Olso
        ---
      `,
      nn: md`
        ---
        title: Samling for tilsette
        date: 2025-03-21
        timezone: Europe/Olso
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        timezone: Europe/Kopenhagen
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        timezone: Europe/Stokholm
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        timezone: Europe/Lodnon
        ---
      `,
    },
    expected: ['4:11 timezone-unknown "Europe/Olso" is not a time zone'],
  },
];
