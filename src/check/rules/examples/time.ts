/**
 * The time rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.time.example.programme-fills-hours',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30
            title: Velkommen
          - time: 08.30–12.00
            title: Arbeid i grupper
          - time: 12.00–14.30
            title: Plenum
          - time: 14.30
            title: Takk for i dag
        ---
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30
            title: Velkomen
          - time: 08.30–12.00
            title: Arbeid i grupper
          - time: 12.00–14.30
            title: Plenum
          - time: 14.30
            title: Takk for i dag
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30
            title: Velkomst
          - time: 08.30–12.00
            title: Arbejde i grupper
          - time: 12.00–14.30
            title: Plenum
          - time: 14.30
            title: Tak for i dag
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30
            title: Välkommen
          - time: 08.30–12.00
            title: Arbete i grupper
          - time: 12.00–14.30
            title: Gemensam genomgång
          - time: 14.30
            title: Tack för i dag
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30
            title: Welcome
          - time: 08.30–12.00
            title: Work in groups
          - time: 12.00–14.30
            title: Plenary
          - time: 14.30
            title: Thank you and goodbye
        ---
      `,
    },
  },
  {
    title: 'rule.time.example.dinner-after-day',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-20
        language: nb
        hours: 09.00–17.30
        programme:
          - time: 09.00–16.00
            title: Arbeid i grupper
          - time: 16.00
            title: Oppsummering
          - time: 19.30
            title: Middag
          - time: 22.00
            title: Kveldsprat i baren
            evening: true
        ---
      `,
      nn: md`
        ---
        title: Samling for tilsette
        date: 2025-03-20
        language: nn
        hours: 09.00–17.30
        programme:
          - time: 09.00–16.00
            title: Arbeid i grupper
          - time: 16.00
            title: Oppsummering
          - time: 19.30
            title: Middag
          - time: 22.00
            title: Kveldsprat i baren
            evening: true
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-20
        language: da
        hours: 09.00–17.30
        programme:
          - time: 09.00–16.00
            title: Arbejde i grupper
          - time: 16.00
            title: Opsamling
          - time: 19.30
            title: Middag
          - time: 22.00
            title: Hyggeligt samvær i baren
            evening: true
        ---
      `,
      sv: md`
        ---
        title: Konferens
        date: 2025-03-20
        language: sv
        hours: 09.00–17.30
        programme:
          - time: 09.00–16.00
            title: Arbete i grupper
          - time: 16.00
            title: Sammanfattning
          - time: 19.30
            title: Middag
          - time: 22.00
            title: Kvällsmingel i baren
            evening: true
        ---
      `,
      en: md`
        ---
        title: Conference
        date: 2025-03-20
        language: en
        hours: 09.00–17.30
        programme:
          - time: 09.00–16.00
            title: Work in groups
          - time: 16.00
            title: Summing up
          - time: 19.30
            title: Dinner
          - time: 22.00
            title: Drinks in the bar
            evening: true
        ---
      `,
    },
  },
  {
    title: 'rule.time.example.two-days-gathering',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-20
        hours: 09.00–17.30
        days:
          - date: 2025-03-20
            programme:
              - time: 09.00–17.30
                title: Arbeid i grupper
          - date: 21.03
            programme:
              - time: 08.00–12.00
                title: Plenum
          - date: 22.03
            programme:
              - time: 09.00–12.00
                title: Oppsummering
        ---
      `,
      nn: md`
        ---
        title: Samling for tilsette
        date: 2025-03-20
        hours: 09.00–17.30
        days:
          - date: 2025-03-20
            programme:
              - time: 09.00–17.30
                title: Arbeid i grupper
          - date: 21.03
            programme:
              - time: 08.00–12.00
                title: Plenum
          - date: 22.03
            programme:
              - time: 09.00–12.00
                title: Oppsummering
        ---
      `,
      da: md`
        ---
        title: Seminar
        date: 2025-03-20
        hours: 09.00–17.30
        days:
          - date: 2025-03-20
            programme:
              - time: 09.00–17.30
                title: Arbejde i grupper
          - date: 21.03
            programme:
              - time: 08.00–12.00
                title: Plenum
          - date: 22.03
            programme:
              - time: 09.00–12.00
                title: Opsamling
        ---
      `,
      sv: md`
        ---
        title: Konferens
        date: 2025-03-20
        hours: 09.00–17.30
        days:
          - date: 2025-03-20
            programme:
              - time: 09.00–17.30
                title: Arbete i grupper
          - date: 21.03
            programme:
              - time: 08.00–12.00
                title: Gemensam genomgång
          - date: 22.03
            programme:
              - time: 09.00–12.00
                title: Sammanfattning
        ---
      `,
      en: md`
        ---
        title: Conference
        date: 2025-03-20
        hours: 09.00–17.30
        days:
          - date: 2025-03-20
            programme:
              - time: 09.00–17.30
                title: Work in groups
          - date: 21.03
            programme:
              - time: 08.00–12.00
                title: Plenary
          - date: 22.03
            programme:
              - time: 09.00–12.00
                title: Summing up
        ---
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.time.example.range-ends-before',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        programme:
          - time: 09.00–10.00
            title: Velkommen
          - time: 11.00–10.30
            title: Gruppearbeid
          - time: 10.00–11.00
            title: Foredrag
          - time: 11.00–11.00
            title: Spørsmål
        ---
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        programme:
          - time: 09.00–10.00
            title: Velkomen
          - time: 11.00–10.30
            title: Gruppearbeid
          - time: 10.00–11.00
            title: Føredrag
          - time: 11.00–11.00
            title: Spørsmål
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        programme:
          - time: 09.00–10.00
            title: Velkomst
          - time: 11.00–10.30
            title: Gruppearbejde
          - time: 10.00–11.00
            title: Oplæg
          - time: 11.00–11.00
            title: Spørgsmål
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        programme:
          - time: 09.00–10.00
            title: Välkommen
          - time: 11.00–10.30
            title: Grupparbete
          - time: 10.00–11.00
            title: Föreläsning
          - time: 11.00–11.00
            title: Frågor
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        programme:
          - time: 09.00–10.00
            title: Welcome
          - time: 11.00–10.30
            title: Group work
          - time: 10.00–11.00
            title: Talk
          - time: 11.00–11.00
            title: Questions
        ---
      `,
    },
    expected: [
      '7:11 time-end-before-start "Gruppearbeid" ends at 10.30, before it starts (11.00)',
      '9:11 time-order "Foredrag" starts at 10.00, before "Gruppearbeid" above it (11.00)',
      '11:11 time-zero-length "Spørsmål" ends when it starts (11.00)',
    ],
  },
  {
    title: 'rule.time.example.programme-runs-past',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 09.00–12.00
            title: Arbeid i grupper
          - time: 12.00–15.00
            title: Plenum
        ---
      `,
      nn: md`
        ---
        title: Samling for tilsette
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 09.00–12.00
            title: Arbeid i grupper
          - time: 12.00–15.00
            title: Plenum
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 09.00–12.00
            title: Arbejde i grupper
          - time: 12.00–15.00
            title: Plenum
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 09.00–12.00
            title: Arbete i grupper
          - time: 12.00–15.00
            title: Gemensam genomgång
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 09.00–12.00
            title: Work in groups
          - time: 12.00–15.00
            title: Plenary
        ---
      `,
    },
    expected: [
      '4:8 hours-mismatch The programme starts at 09.00, 30 minutes after the day begins (08.30–14.30)',
      '8:11 time-outside-hours "Plenum" (12.00–15.00) runs past the end of the day (08.30–14.30)',
    ],
  },
  {
    title: 'rule.time.example.programme-ends-before',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30–12.00
            title: Arbeid i grupper
          - time: 12.00–14.00
            title: Plenum
        ---
      `,
      nn: md`
        ---
        title: Samling for tilsette
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30–12.00
            title: Arbeid i grupper
          - time: 12.00–14.00
            title: Plenum
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30–12.00
            title: Arbejde i grupper
          - time: 12.00–14.00
            title: Plenum
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30–12.00
            title: Arbete i grupper
          - time: 12.00–14.00
            title: Gemensam genomgång
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30–12.00
            title: Work in groups
          - time: 12.00–14.00
            title: Plenary
        ---
      `,
    },
    expected: ['4:8 hours-mismatch The programme ends at 14.00, 30 minutes before the day ends (08.30–14.30)'],
  },
  {
    title: 'rule.time.example.closing-item-after',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30–14.30
            title: Arbeid i grupper
          - time: 15.00
            title: Takk for i dag
        ---
      `,
      nn: md`
        ---
        title: Samling for tilsette
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30–14.30
            title: Arbeid i grupper
          - time: 15.00
            title: Takk for i dag
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30–14.30
            title: Arbejde i grupper
          - time: 15.00
            title: Tak for i dag
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30–14.30
            title: Arbete i grupper
          - time: 15.00
            title: Tack för i dag
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        hours: 08.30–14.30
        programme:
          - time: 08.30–14.30
            title: Work in groups
          - time: 15.00
            title: Thank you and goodbye
        ---
      `,
    },
    expected: ['8:11 time-outside-hours "Takk for i dag" (15.00) starts after the day ends (08.30–14.30)'],
  },
];
