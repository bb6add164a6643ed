/**
 * The dates rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.dates.example.right-weekday-text',
    source: {
      nb: md`
        ---
        title: Oppstartsamling
        date: 2020-01-28
        groups:
          - label: Gruppe 1
            venue: Festsalen
            sessions:
              - date: 12.10.2019
              - date: 16.11.2019
              - date: 18.03.2020
        ---

        Samlingen blir gjennomført tirsdag den 28. januar 2020 i Oslo, og neste
        samling er *torsdag 12. mars*.
      `,
      nn: md`
        ---
        title: Oppstartssamling
        date: 2020-01-28
        groups:
          - label: Gruppe 1
            venue: Festsalen
            sessions:
              - date: 12.10.2019
              - date: 16.11.2019
              - date: 18.03.2020
        ---

        Samlinga blir halden tysdag den 28. januar 2020 i Bergen, og neste
        samling er *torsdag 12. mars*.
      `,
      da: md`
        ---
        title: Opstartsmøde
        date: 2020-01-28
        groups:
          - label: Gruppe 1
            venue: Festsalen
            sessions:
              - date: 12.10.2019
              - date: 16.11.2019
              - date: 18.03.2020
        ---

        Mødet holdes tirsdag den 28. januar 2020 i Odense, og næste
        møde er *torsdag den 12. marts*.
      `,
      sv: md`
        ---
        title: Uppstartsträff
        date: 2020-01-28
        groups:
          - label: Grupp 1
            venue: Aulan
            sessions:
              - date: 12.10.2019
              - date: 16.11.2019
              - date: 18.03.2020
        ---

        Träffen hålls tisdag den 28 januari 2020 i Göteborg, och nästa
        träff är *torsdag 12 mars*.
      `,
      en: md`
        ---
        title: Kick-off meeting
        date: 2020-01-28
        groups:
          - label: Group 1
            venue: Main hall
            sessions:
              - date: 12.10.2019
              - date: 16.11.2019
              - date: 18.03.2020
        ---

        The meeting is on Tuesday 28 January 2020 in Leeds, and the next
        meeting is on *Thursday 12 March*.
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.dates.example.year-typo-session',
    source: {
      nb: md`
        ---
        title: Ledernettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            venue: Festsalen
            sessions:
              - date: 06.09.2018
              - date: 01.11.2018
              - date: 20.03.2109
          - label: Gruppe 3
            venue: Festsalen
            sessions:
              - date: 12.10.2018
              - date: 16.11.2018
              - date: 18.03.2018
        ---
      `,
      nn: md`
        ---
        title: Leiarnettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            venue: Festsalen
            sessions:
              - date: 06.09.2018
              - date: 01.11.2018
              - date: 20.03.2109
          - label: Gruppe 3
            venue: Festsalen
            sessions:
              - date: 12.10.2018
              - date: 16.11.2018
              - date: 18.03.2018
        ---
      `,
      da: md`
        ---
        title: Ledernetværk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            venue: Festsalen
            sessions:
              - date: 06.09.2018
              - date: 01.11.2018
              - date: 20.03.2109
          - label: Gruppe 3
            venue: Festsalen
            sessions:
              - date: 12.10.2018
              - date: 16.11.2018
              - date: 18.03.2018
        ---
      `,
      sv: md`
        ---
        title: Ledarnätverk
        date: 2018-11-01
        groups:
          - label: Grupp 1
            venue: Aulan
            sessions:
              - date: 06.09.2018
              - date: 01.11.2018
              - date: 20.03.2109
          - label: Grupp 3
            venue: Aulan
            sessions:
              - date: 12.10.2018
              - date: 16.11.2018
              - date: 18.03.2018
        ---
      `,
      en: md`
        ---
        title: Leaders' network
        date: 2018-11-01
        groups:
          - label: Group 1
            venue: Main hall
            sessions:
              - date: 06.09.2018
              - date: 01.11.2018
              - date: 20.03.2109
          - label: Group 3
            venue: Main hall
            sessions:
              - date: 12.10.2018
              - date: 16.11.2018
              - date: 18.03.2018
        ---
      `,
    },
    expected: [
      "10:15 date-implausible Session 3 of Gruppe 1 is dated 20.03.2109, 90 years after the file's other dates (around 2018-11-01)",
      '16:15 series-order Session 3 of Gruppe 3 (18.03.2018) is dated before session 1 (12.10.2018)',
    ],
  },
  {
    title: 'rule.dates.example.weekday-not-date',
    source: {
      nb: md`
        ---
        title: Samling onsdag 28. januar 2020
        date: 2020-01-28
        ---

        Vi møtes Tuesday, January 29 i Oslo.
      `,
      nn: md`
        ---
        title: Samling onsdag 28. januar 2020
        date: 2020-01-28
        ---

        Vi møtest Tuesday, January 29 i Bergen.
      `,
      da: md`
        ---
        title: Møde onsdag den 28. januar 2020
        date: 2020-01-28
        ---

        Vi mødes Tuesday, January 29 i Odense.
      `,
      sv: md`
        ---
        title: Träff onsdag 28 januari 2020
        date: 2020-01-28
        ---

        Vi ses Tuesday, January 29 i Göteborg.
      `,
      en: md`
        ---
        title: Meeting Wednesday 28 January 2020
        date: 2020-01-28
        ---

        We meet on Tuesday, 29 January in Leeds.
      `,
    },
    expected: [
      '2:16 weekday-mismatch "onsdag 28. januar 2020" names the wrong weekday: 2020-01-28 is a Tuesday (tirsdag)',
      '6:10 weekday-mismatch "Tuesday, January 29" names the wrong weekday: 2020-01-29 is a Wednesday',
    ],
  },
  {
    title: 'rule.dates.example.gathering-in-past',
    today: '2026-11-23',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        ---
      `,
      nn: md`
        ---
        title: Samling for tilsette
        date: 2025-03-21
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        ---
      `,
    },
    expected: ['3:7 date-past The gathering (2025-03-21) is in the past: today is 2026-11-23'],
  },
];
