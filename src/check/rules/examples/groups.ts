/**
 * The groups rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.groups.example.three-groups-each',
    source: {
      nb: md`
        ---
        title: Ledernettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            members: [Borgen, Hovedgården]
            sessions: [{date: 06.09.2018, venue: Festsalen}, {date: 01.11.2018, venue: Festsalen}]
          - label: Gruppe 2
            members: [Arnestad, Blakstad]
            sessions: [{date: 11.10.2018, venue: Festsalen}, {date: 15.11.2018, venue: Festsalen}]
        ---
      `,
      nn: md`
        ---
        title: Leiarnettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            members: [Fana, Nesttun]
            sessions: [{date: 06.09.2018, venue: Festsalen}, {date: 01.11.2018, venue: Festsalen}]
          - label: Gruppe 2
            members: [Skjold, Sandsli]
            sessions: [{date: 11.10.2018, venue: Festsalen}, {date: 15.11.2018, venue: Festsalen}]
        ---
      `,
      da: md`
        ---
        title: Ledernetværk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            members: [Skovvang, Højvang]
            sessions: [{date: 06.09.2018, venue: Festsalen}, {date: 01.11.2018, venue: Festsalen}]
          - label: Gruppe 2
            members: [Bakkegård, Engdal]
            sessions: [{date: 11.10.2018, venue: Festsalen}, {date: 15.11.2018, venue: Festsalen}]
        ---
      `,
      sv: md`
        ---
        title: Ledarnätverk
        date: 2018-11-01
        groups:
          - label: Grupp 1
            members: [Ekbacken, Björkhagen]
            sessions: [{date: 06.09.2018, venue: Aulan}, {date: 01.11.2018, venue: Aulan}]
          - label: Grupp 2
            members: [Tallbo, Lindängen]
            sessions: [{date: 11.10.2018, venue: Aulan}, {date: 15.11.2018, venue: Aulan}]
        ---
      `,
      en: md`
        ---
        title: Leaders' network
        date: 2018-11-01
        groups:
          - label: Group 1
            members: [Ashfield, Brookside]
            sessions: [{date: 06.09.2018, venue: Main hall}, {date: 01.11.2018, venue: Main hall}]
          - label: Group 2
            members: [Hillcrest, Meadowbank]
            sessions: [{date: 11.10.2018, venue: Main hall}, {date: 15.11.2018, venue: Main hall}]
        ---
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.groups.example.member-in-two-groups',
    source: {
      nb: md`
        ---
        title: Ledernettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            members: [Borgen, Sætre, Tofte]
            sessions: [{date: 06.09.2018, venue: Festsalen}, {date: 01.11.2018, venue: Festsalen}]
          - label: Gruppe 2
            members: [Arnestad, sætre]
            sessions: [{date: 11.10.2018, venue: Festsalen}, {date: 15.11.2018, venue: Festsalen}]
          - label: Gruppe 3
            members: [Bondi, Tofte]
            sessions: [{date: 12.10.2018, venue: Festsalen}]
        ---
      `,
      nn: md`
        ---
        title: Leiarnettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            members: [Fana, Skjold, Kringlebotn]
            sessions: [{date: 06.09.2018, venue: Festsalen}, {date: 01.11.2018, venue: Festsalen}]
          - label: Gruppe 2
            members: [Nesttun, skjold]
            sessions: [{date: 11.10.2018, venue: Festsalen}, {date: 15.11.2018, venue: Festsalen}]
          - label: Gruppe 3
            members: [Sandsli, Kringlebotn]
            sessions: [{date: 12.10.2018, venue: Festsalen}]
        ---
      `,
      da: md`
        ---
        title: Ledernetværk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            members: [Skovvang, Strandby, Vestervang]
            sessions: [{date: 06.09.2018, venue: Festsalen}, {date: 01.11.2018, venue: Festsalen}]
          - label: Gruppe 2
            members: [Engdal, strandby]
            sessions: [{date: 11.10.2018, venue: Festsalen}, {date: 15.11.2018, venue: Festsalen}]
          - label: Gruppe 3
            members: [Bakkegård, Vestervang]
            sessions: [{date: 12.10.2018, venue: Festsalen}]
        ---
      `,
      sv: md`
        ---
        title: Ledarnätverk
        date: 2018-11-01
        groups:
          - label: Grupp 1
            members: [Ekbacken, Solberga, Tallbo]
            sessions: [{date: 06.09.2018, venue: Aulan}, {date: 01.11.2018, venue: Aulan}]
          - label: Grupp 2
            members: [Lindängen, solberga]
            sessions: [{date: 11.10.2018, venue: Aulan}, {date: 15.11.2018, venue: Aulan}]
          - label: Grupp 3
            members: [Björkhagen, Tallbo]
            sessions: [{date: 12.10.2018, venue: Aulan}]
        ---
      `,
      en: md`
        ---
        title: Leaders' network
        date: 2018-11-01
        groups:
          - label: Group 1
            members: [Ashfield, Riverside, Oakwood]
            sessions: [{date: 06.09.2018, venue: Main hall}, {date: 01.11.2018, venue: Main hall}]
          - label: Group 2
            members: [Hillcrest, riverside]
            sessions: [{date: 11.10.2018, venue: Main hall}, {date: 15.11.2018, venue: Main hall}]
          - label: Group 3
            members: [Meadowbank, Oakwood]
            sessions: [{date: 12.10.2018, venue: Main hall}]
        ---
      `,
    },
    expected: [
      '9:25 member-duplicate "sætre" is a member of Gruppe 1 and Gruppe 2',
      '11:12 group-sessions-count Gruppe 3 has 1 session; Gruppe 1 and Gruppe 2 have 2',
      '12:22 member-duplicate "Tofte" is a member of Gruppe 1 and Gruppe 3',
    ],
  },
  {
    title: 'rule.groups.example.group-listed-without',
    source: {
      nb: md`
        ---
        title: Ledernettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            members: [Borgen, Hovedgården]
            sessions: [{date: 06.09.2018, venue: Festsalen}, {date: 01.11.2018, venue: Festsalen}]
          - label: Gruppe 2
            members: [Arnestad, Blakstad]
            sessions: [{date: 11.10.2018, venue: Festsalen}, {date: 15.11.2018, venue: Festsalen}]
          - label: Gruppe 3
            members: [Bondi, Tofte]
        ---
      `,
      nn: md`
        ---
        title: Leiarnettverk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            members: [Fana, Nesttun]
            sessions: [{date: 06.09.2018, venue: Festsalen}, {date: 01.11.2018, venue: Festsalen}]
          - label: Gruppe 2
            members: [Skjold, Sandsli]
            sessions: [{date: 11.10.2018, venue: Festsalen}, {date: 15.11.2018, venue: Festsalen}]
          - label: Gruppe 3
            members: [Kringlebotn, Ytrebygda]
        ---
      `,
      da: md`
        ---
        title: Ledernetværk
        date: 2018-11-01
        groups:
          - label: Gruppe 1
            members: [Skovvang, Højvang]
            sessions: [{date: 06.09.2018, venue: Festsalen}, {date: 01.11.2018, venue: Festsalen}]
          - label: Gruppe 2
            members: [Bakkegård, Engdal]
            sessions: [{date: 11.10.2018, venue: Festsalen}, {date: 15.11.2018, venue: Festsalen}]
          - label: Gruppe 3
            members: [Strandby, Vestervang]
        ---
      `,
      sv: md`
        ---
        title: Ledarnätverk
        date: 2018-11-01
        groups:
          - label: Grupp 1
            members: [Ekbacken, Björkhagen]
            sessions: [{date: 06.09.2018, venue: Aulan}, {date: 01.11.2018, venue: Aulan}]
          - label: Grupp 2
            members: [Tallbo, Lindängen]
            sessions: [{date: 11.10.2018, venue: Aulan}, {date: 15.11.2018, venue: Aulan}]
          - label: Grupp 3
            members: [Solberga, Västerby]
        ---
      `,
      en: md`
        ---
        title: Leaders' network
        date: 2018-11-01
        groups:
          - label: Group 1
            members: [Ashfield, Brookside]
            sessions: [{date: 06.09.2018, venue: Main hall}, {date: 01.11.2018, venue: Main hall}]
          - label: Group 2
            members: [Hillcrest, Meadowbank]
            sessions: [{date: 11.10.2018, venue: Main hall}, {date: 15.11.2018, venue: Main hall}]
          - label: Group 3
            members: [Riverside, Oakwood]
        ---
      `,
    },
    expected: ['11:12 group-sessions-missing Gruppe 3 has no sessions; Gruppe 1 and Gruppe 2 have 2 sessions'],
  },
];
