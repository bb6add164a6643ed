/**
 * The contacts rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.contacts.example.well-formed-addresses',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        venue: {name: Lampeland, link: "https://www.kongsberg.kommune.no/lampeland"}
        registration:
          link: https://skjema.no/samling
          email: post@kongsbergregionen.no
        contact: line.berget.hedegart@kongsbergregionen.no
        ---

        Les [programmet](program.pdf) og [forarbeidet](#forarbeid), eller
        skriv til <post@kongsbergregionen.no>.
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        venue: {name: Voss kulturhus, link: "https://www.vossherad.no/kulturhuset"}
        registration:
          link: https://skjema.no/samling
          email: post@vossherad.no
        contact: ingrid.lid.haugen@vossherad.no
        ---

        Les [programmet](program.pdf) og [førearbeidet](#forearbeid), eller
        skriv til <post@vossherad.no>.
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        venue: {name: Kulturhuset, link: "https://www.aarhus.dk/kulturhuset"}
        registration:
          link: https://tilmelding.aarhus.dk/temadag
          email: kontakt@aarhus.dk
        contact: mette.kjaer.nielsen@aarhus.dk
        ---

        Læs [programmet](program.pdf) og [forberedelsen](#forberedelse), eller
        skriv til <kontakt@aarhus.dk>.
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        venue: {name: Stadsbiblioteket, link: "https://www.uppsala.se/stadsbiblioteket"}
        registration:
          link: https://anmalan.uppsala.se/traff
          email: info@uppsala.se
        contact: anna.karlsson.berg@uppsala.se
        ---

        Läs [programmet](program.pdf) och [förberedelserna](#forberedelser), eller
        skriv till <info@uppsala.se>.
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        venue: {name: Town Hall, link: "https://www.york.gov.uk/town-hall"}
        registration:
          link: https://forms.york.gov.uk/meeting
          email: events@york.gov.uk
        contact: sarah.jones@york.gov.uk
        ---

        Read [the programme](programme.pdf) and [the preparation](#preparation), or
        write to <events@york.gov.uk>.
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.contacts.example.malformed-addresses-unsafe',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        registration:
          link: www.skjema.no/samling
        contact: line.berget@kongsbergregionen
        deadlines:
          - date: 2025-03-14
            what: Forarbeid
            to: post@@kongsbergregionen.no
        ---

        [Klikk her](javascript:alert(1)) eller se [kartet](https//kart.no).
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        registration:
          link: www.skjema.no/samling
        contact: ingrid.lid@vossherad
        deadlines:
          - date: 2025-03-14
            what: Førearbeid
            to: post@@vossherad.no
        ---

        [Klikk her](javascript:alert(1)) eller sjå [kartet](https//kart.no).
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        registration:
          link: www.tilmelding.aarhus.dk/temadag
        contact: mette.kjaer@aarhus
        deadlines:
          - date: 2025-03-14
            what: Forberedelse
            to: kontakt@@aarhus.dk
        ---

        [Klik her](javascript:alert(1)) eller se [kortet](https//kort.aarhus.dk).
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        registration:
          link: www.anmalan.uppsala.se/traff
        contact: anna.karlsson@uppsala
        deadlines:
          - date: 2025-03-14
            what: Förberedelser
            to: info@@uppsala.se
        ---

        [Klicka här](javascript:alert(1)) eller se [kartan](https//karta.uppsala.se).
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        registration:
          link: www.forms.york.gov.uk/meeting
        contact: sarah.jones@york
        deadlines:
          - date: 2025-03-14
            what: Preparation
            to: events@@york.gov.uk
        ---

        [Click here](javascript:alert(1)) or see [the map](https//maps.york.gov.uk).
      `,
    },
    expected: [
      '5:9 url-invalid "www.skjema.no/samling" is not a whole web address: it has no https://',
      '6:10 email-invalid "line.berget@kongsbergregionen" is not an e-mail address',
      '10:9 email-invalid "post@@kongsbergregionen.no" is not an e-mail address',
      '13:13 link-unsafe The link "javascript:alert(1)" runs code: links may not use javascript:',
      '13:52 url-invalid "https//kart.no" is not a whole web address: the scheme needs a colon (https://)',
    ],
  },
  {
    title: 'rule.contacts.example.link-spelt-character',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        ---

        [Klikk her](jav&#x61;script:alert(1)) eller ring [sentralbordet](tel:+4732000000).
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        ---

        [Klikk her](jav&#x61;script:alert(1)) eller ring [sentralbordet](tel:+4756510000).
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        ---

        [Klik her](jav&#x61;script:alert(1)) eller ring til [omstillingen](tel:+4589400000).
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        ---

        [Klicka här](jav&#x61;script:alert(1)) eller ring [växeln](tel:+4618727000).
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        ---

        [Click here](jav&#x61;script:alert(1)) or call [the switchboard](tel:+441904551550).
      `,
    },
    expected: [
      '6:13 link-unsafe The link "javascript:alert(1)" runs code: links may not use javascript:',
      '6:66 link-dropped The link "tel:+4732000000" will not be a link in the invitation: its scheme tel: is not one invitations link to',
    ],
  },
];
