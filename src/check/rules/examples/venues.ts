/**
 * The venues rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.venues.example.every-session-has',
    source: {
      nb: md`
        ---
        title: Ledernettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            venue: Kunnskapssenteret
            sessions:
              - date: 06.09.2018
              - date: 01.11.2018
                venue: Festsalen Kulturhuset
          - label: Gruppe 2
            sessions:
              - date: 06.09.2018
                venue: {name: Kunnskapssenteret, room: Møterom 2}
              - date: 15.11.2018
                venue: Kunnskapssenteret
        ---
      `,
      nn: md`
        ---
        title: Leiarnettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            venue: Kunnskapssenteret
            sessions:
              - date: 06.09.2018
              - date: 01.11.2018
                venue: Festsalen i Kulturhuset
          - label: Gruppe 2
            sessions:
              - date: 06.09.2018
                venue: {name: Kunnskapssenteret, room: Møterom 2}
              - date: 15.11.2018
                venue: Kunnskapssenteret
        ---
      `,
      da: md`
        ---
        title: Ledernetværk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            venue: Videncenteret
            sessions:
              - date: 06.09.2018
              - date: 01.11.2018
                venue: Festsalen, Kulturhuset
          - label: Gruppe 2
            sessions:
              - date: 06.09.2018
                venue: {name: Videncenteret, room: Mødelokale 2}
              - date: 15.11.2018
                venue: Videncenteret
        ---
      `,
      sv: md`
        ---
        title: Ledarnätverk
        date: 2018-11-01
        groups:
          - label: Grupp 1
            venue: Kunskapscentrum
            sessions:
              - date: 06.09.2018
              - date: 01.11.2018
                venue: Aulan, Kulturhuset
          - label: Grupp 2
            sessions:
              - date: 06.09.2018
                venue: {name: Kunskapscentrum, room: Konferensrum 2}
              - date: 15.11.2018
                venue: Kunskapscentrum
        ---
      `,
      en: md`
        ---
        title: Leaders' network
        date: 2018-11-01
        groups:
          - label: Group 1
            venue: Learning Centre
            sessions:
              - date: 06.09.2018
              - date: 01.11.2018
                venue: Main hall, Arts Centre
          - label: Group 2
            sessions:
              - date: 06.09.2018
                venue: {name: Learning Centre, room: Meeting room 2}
              - date: 15.11.2018
                venue: Learning Centre
        ---
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.venues.example.sessions-without-venue',
    source: {
      nb: md`
        ---
        title: Ledernettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            sessions:
              - date: 01.11.2018
                time: 08.30–13.00
                venue: Festsalen
              - date: 20.03.2019
          - label: Gruppe 2
            sessions:
              - date: 01.11.2018
                time: 12.00–15.00
                venue: Festsalen
              - date: 15.11.2018
                time: kl. 8.30 - 13.00
        ---
      `,
      nn: md`
        ---
        title: Leiarnettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            sessions:
              - date: 01.11.2018
                time: 08.30–13.00
                venue: Festsalen
              - date: 20.03.2019
          - label: Gruppe 2
            sessions:
              - date: 01.11.2018
                time: 12.00–15.00
                venue: Festsalen
              - date: 15.11.2018
                time: kl. 8.30 - 13.00
        ---
      `,
      da: md`
        ---
        title: Ledernetværk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            sessions:
              - date: 01.11.2018
                time: 08.30–13.00
                venue: Festsalen
              - date: 20.03.2019
          - label: Gruppe 2
            sessions:
              - date: 01.11.2018
                time: 12.00–15.00
                venue: Festsalen
              - date: 15.11.2018
                time: kl. 8.30 - 13.00
        ---
      `,
      sv: md`
        ---
        title: Ledarnätverk
        date: 2018-11-01
        groups:
          - label: Grupp 1
            sessions:
              - date: 01.11.2018
                time: 08.30–13.00
                venue: Aulan
              - date: 20.03.2019
          - label: Grupp 2
            sessions:
              - date: 01.11.2018
                time: 12.00–15.00
                venue: Aulan
              - date: 15.11.2018
                time: kl. 8.30 - 13.00
        ---
      `,
      en: md`
        ---
        title: Leaders' network
        date: 2018-11-01
        groups:
          - label: Group 1
            sessions:
              - date: 01.11.2018
                time: 08.30–13.00
                venue: Main hall
              - date: 20.03.2019
          - label: Group 2
            sessions:
              - date: 01.11.2018
                time: 12.00–15.00
                venue: Main hall
              - date: 15.11.2018
                time: 8.30 - 13.00
        ---
      `,
    },
    expected: [
      '10:15 venue-missing Gruppe 1: the session on 20.03.2019 has no venue',
      '15:16 venue-conflict Gruppe 2 and Gruppe 1 are both in Festsalen on 2018-11-01 (12.00–15.00 and 08.30–13.00)',
      '16:15 venue-missing Gruppe 2: the session on 15.11.2018 has no venue',
    ],
  },
];
