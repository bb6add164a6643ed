/**
 * The gaps rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.gaps.example.listed-break-between',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2018-11-01
        programme:
          - time: 09.15–10.00
            title: Progresjon og dybdelæring
          - time: 10.00–10.15
            title: Pause
            kind: break
          - time: 10.15–11.15
            title: Å målrette innsatsen
        ---
      `,
      nn: md`
        ---
        title: Samling
        date: 2018-11-01
        programme:
          - time: 09.15–10.00
            title: Progresjon og djupnelæring
          - time: 10.00–10.15
            title: Pause
            kind: break
          - time: 10.15–11.15
            title: Å målrette innsatsen
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2018-11-01
        programme:
          - time: 09.15–10.00
            title: Progression og fordybelse
          - time: 10.00–10.15
            title: Pause
            kind: break
          - time: 10.15–11.15
            title: Målrettet indsats
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2018-11-01
        programme:
          - time: 09.15–10.00
            title: Progression och fördjupat lärande
          - time: 10.00–10.15
            title: Fika
            kind: break
          - time: 10.15–11.15
            title: Att rikta insatserna
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2018-11-01
        programme:
          - time: 09.15–10.00
            title: Progression and deep learning
          - time: 10.00–10.15
            title: Break
            kind: break
          - time: 10.15–11.15
            title: Targeting our efforts
        ---
      `,
    },
  },
  {
    title: 'rule.gaps.example.dinner-evening-after',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2018-11-01
        language: nb
        hours: 09.00–17.30
        programme:
          - time: 09.00–17.30
            title: Arbeid i grupper
          - time: 19.30
            title: Middag
        ---
      `,
      nn: md`
        ---
        title: Samling for tilsette
        date: 2018-11-01
        language: nn
        hours: 09.00–17.30
        programme:
          - time: 09.00–17.30
            title: Arbeid i grupper
          - time: 19.30
            title: Middag
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2018-11-01
        language: da
        hours: 09.00–17.30
        programme:
          - time: 09.00–17.30
            title: Arbejde i grupper
          - time: 19.30
            title: Middag
        ---
      `,
      sv: md`
        ---
        title: Konferens
        date: 2018-11-01
        language: sv
        hours: 09.00–17.30
        programme:
          - time: 09.00–17.30
            title: Arbete i grupper
          - time: 19.30
            title: Middag
        ---
      `,
      en: md`
        ---
        title: Conference
        date: 2018-11-01
        language: en
        hours: 09.00–17.30
        programme:
          - time: 09.00–17.30
            title: Work in groups
          - time: 19.30
            title: Dinner
        ---
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.gaps.example.programme-jumps-from',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2018-11-01
        programme:
          - time: 09.15–10.00
            title: Progresjon og dybdelæring
          - time: 10.15–11.15
            title: Å målrette innsatsen
        ---
      `,
      nn: md`
        ---
        title: Samling
        date: 2018-11-01
        programme:
          - time: 09.15–10.00
            title: Progresjon og djupnelæring
          - time: 10.15–11.15
            title: Å målrette innsatsen
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2018-11-01
        programme:
          - time: 09.15–10.00
            title: Progression og fordybelse
          - time: 10.15–11.15
            title: Målrettet indsats
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2018-11-01
        programme:
          - time: 09.15–10.00
            title: Progression och fördjupat lärande
          - time: 10.15–11.15
            title: Att rikta insatserna
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2018-11-01
        programme:
          - time: 09.15–10.00
            title: Progression and deep learning
          - time: 10.15–11.15
            title: Targeting our efforts
        ---
      `,
    },
    expected: ['7:11 gap Nothing is scheduled from 10.00 to 10.15, between "Progresjon og dybdelæring" and "Å målrette innsatsen"'],
  },
  {
    title: 'rule.gaps.example.half-hour-before',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2018-11-01
        hours: 09.00–14.30
        programme:
          - time: 09.00–14.00
            title: Arbeid i grupper
          - time: 14.30
            title: Takk for i dag
        ---
      `,
      nn: md`
        ---
        title: Samling for tilsette
        date: 2018-11-01
        hours: 09.00–14.30
        programme:
          - time: 09.00–14.00
            title: Arbeid i grupper
          - time: 14.30
            title: Takk for i dag
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2018-11-01
        hours: 09.00–14.30
        programme:
          - time: 09.00–14.00
            title: Arbejde i grupper
          - time: 14.30
            title: Tak for i dag
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2018-11-01
        hours: 09.00–14.30
        programme:
          - time: 09.00–14.00
            title: Arbete i grupper
          - time: 14.30
            title: Tack för i dag
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2018-11-01
        hours: 09.00–14.30
        programme:
          - time: 09.00–14.00
            title: Work in groups
          - time: 14.30
            title: Thank you and goodbye
        ---
      `,
    },
    expected: ['8:11 gap Nothing is scheduled from 14.00 to 14.30, between "Arbeid i grupper" and "Takk for i dag"'],
  },
];
