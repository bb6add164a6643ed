/**
 * The deadlines rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.deadlines.example.preparation-due-week',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        deadlines:
          - date: 14.03.-25
            what: Forarbeid sendes innen fredag
            kind: preparation
          - date: 2025-04-04
            what: Tilbakemelding
            kind: follow-up
        ---
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        deadlines:
          - date: 14.03.-25
            what: Førearbeid blir sendt innan fredag
            kind: preparation
          - date: 2025-04-04
            what: Tilbakemelding
            kind: follow-up
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        deadlines:
          - date: 14.03.-25
            what: Forberedelse sendes senest fredag
            kind: preparation
          - date: 2025-04-04
            what: Evaluering
            kind: follow-up
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        deadlines:
          - date: 14.03.-25
            what: Förberedelser skickas senast fredag
            kind: preparation
          - date: 2025-04-04
            what: Utvärdering
            kind: follow-up
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        deadlines:
          - date: 14.03.-25
            what: Preparation to be sent by Friday
            kind: preparation
          - date: 2025-04-04
            what: Feedback
            kind: follow-up
        ---
      `,
    },
  },
  {
    title: 'rule.deadlines.example.registration-year-before',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2026-01-20
        deadlines:
          - date: 10.12
            what: Påmelding
            kind: registration
        ---
      `,
      nn: md`
        ---
        title: Vintersamling
        date: 2026-01-20
        deadlines:
          - date: 10.12
            what: Påmelding
            kind: registration
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2026-01-20
        deadlines:
          - date: 10.12
            what: Tilmelding
            kind: registration
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2026-01-20
        deadlines:
          - date: 10.12
            what: Anmälan
            kind: registration
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2026-01-20
        deadlines:
          - date: 10.12
            what: Registration
            kind: registration
        ---
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.deadlines.example.registration-after-gathering',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        deadlines:
          - date: 2025-03-24
            what: Påmelding
            kind: registration
          - date: 2025-03-20
            what: Tilbakemelding innen torsdag
            kind: follow-up
          - date: 2025-03-14
            what: Forarbeid innen torsdag
            kind: preparation
        ---
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        deadlines:
          - date: 2025-03-24
            what: Påmelding
            kind: registration
          - date: 2025-03-20
            what: Tilbakemelding innan torsdag
            kind: follow-up
          - date: 2025-03-14
            what: Førearbeid innan torsdag
            kind: preparation
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        deadlines:
          - date: 2025-03-24
            what: Tilmelding
            kind: registration
          - date: 2025-03-20
            what: Evaluering senest torsdag
            kind: follow-up
          - date: 2025-03-14
            what: Forberedelse senest torsdag
            kind: preparation
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        deadlines:
          - date: 2025-03-24
            what: Anmälan
            kind: registration
          - date: 2025-03-20
            what: Utvärdering senast torsdag
            kind: follow-up
          - date: 2025-03-14
            what: Förberedelser senast torsdag
            kind: preparation
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        deadlines:
          - date: 2025-03-24
            what: Registration
            kind: registration
          - date: 2025-03-20
            what: Feedback by Thursday
            kind: follow-up
          - date: 2025-03-14
            what: Preparation by Thursday
            kind: preparation
        ---
      `,
    },
    expected: [
      '5:11 deadline-order The registration deadline 2025-03-24 is 3 days after the gathering (2025-03-21)',
      '8:11 deadline-order The follow-up deadline 2025-03-20 is 1 day before the gathering (2025-03-21)',
      '12:27 deadline-weekday The deadline says "torsdag", but 2025-03-14 is a Friday (fredag)',
    ],
  },
];
