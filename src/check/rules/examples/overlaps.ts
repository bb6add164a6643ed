/**
 * The overlaps rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.overlaps.example.point-item-beside',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        programme:
          - time: fra 08.00
            title: Kaffe
          - time: 08.30
            title: Velkommen
          - time: 08.30–09.30
            title: Foredrag
          - time: 09.30–11.30
            title: Del 1
            items:
              - time: 09.30–10.30
                title: Gruppearbeid
              - time: 10.30–11.30
                title: Plenum
        ---
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        programme:
          - time: frå 08.00
            title: Kaffi
          - time: 08.30
            title: Velkomen
          - time: 08.30–09.30
            title: Føredrag
          - time: 09.30–11.30
            title: Del 1
            items:
              - time: 09.30–10.30
                title: Gruppearbeid
              - time: 10.30–11.30
                title: Plenum
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        programme:
          - time: fra 08.00
            title: Kaffe og rundstykker
          - time: 08.30
            title: Velkomst
          - time: 08.30–09.30
            title: Oplæg
          - time: 09.30–11.30
            title: Del 1
            items:
              - time: 09.30–10.30
                title: Gruppearbejde
              - time: 10.30–11.30
                title: Plenum
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        programme:
          - time: från 08.00
            title: Kaffe och smörgås
          - time: 08.30
            title: Välkommen
          - time: 08.30–09.30
            title: Föreläsning
          - time: 09.30–11.30
            title: Del 1
            items:
              - time: 09.30–10.30
                title: Grupparbete
              - time: 10.30–11.30
                title: Gemensam genomgång
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        programme:
          - time: from 08.00
            title: Coffee
          - time: 08.30
            title: Welcome
          - time: 08.30–09.30
            title: Talk
          - time: 09.30–11.30
            title: Part 1
            items:
              - time: 09.30–10.30
                title: Group work
              - time: 10.30–11.30
                title: Plenary
        ---
      `,
    },
  },
  {
    title: 'rule.overlaps.example.parallel-tracks-items',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        audiences:
          owners: Skoleeiere
          principals: Rektorer
        programme:
          - time: 09.00–10.00
            title: Skoleeiere
            for: owners
          - time: 09.00–10.00
            title: Rektorer
            for: principals
          - time: 10.00–11.00
            parallel:
              - title: Spor A
              - title: Spor B
        ---
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        audiences:
          owners: Skuleeigarar
          principals: Rektorar
        programme:
          - time: 09.00–10.00
            title: Skuleeigarar
            for: owners
          - time: 09.00–10.00
            title: Rektorar
            for: principals
          - time: 10.00–11.00
            parallel:
              - title: Spor A
              - title: Spor B
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        audiences:
          owners: Skoleejere
          principals: Skoleledere
        programme:
          - time: 09.00–10.00
            title: Skoleejere
            for: owners
          - time: 09.00–10.00
            title: Skoleledere
            for: principals
          - time: 10.00–11.00
            parallel:
              - title: Spor A
              - title: Spor B
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        audiences:
          owners: Huvudmän
          principals: Rektorer
        programme:
          - time: 09.00–10.00
            title: Huvudmän
            for: owners
          - time: 09.00–10.00
            title: Rektorer
            for: principals
          - time: 10.00–11.00
            parallel:
              - title: Spår A
              - title: Spår B
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        audiences:
          owners: School owners
          principals: Principals
        programme:
          - time: 09.00–10.00
            title: School owners
            for: owners
          - time: 09.00–10.00
            title: Principals
            for: principals
          - time: 10.00–11.00
            parallel:
              - title: Track A
              - title: Track B
        ---
      `,
    },
  },
  {
    title: 'rule.overlaps.example.standing-lunch-during',
    source: {
      nb: md`
        ---
        title: Nettverksmøte
        date: 2025-03-21
        programme:
          - time: 10.30–12.00
            title: Registrering
          - time: 11.00–12.00
            title: Stående lunsj
            alongside: Registrering
          - time: 12.00–15.00
            title: Velkommen og innledning
        ---
      `,
      nn: md`
        ---
        title: Nettverksmøte
        date: 2025-03-21
        programme:
          - time: 10.30–12.00
            title: Registrering
          - time: 11.00–12.00
            title: Ståande lunsj
            alongside: Registrering
          - time: 12.00–15.00
            title: Velkomen og innleiing
        ---
      `,
      da: md`
        ---
        title: Netværksmøde
        date: 2025-03-21
        programme:
          - time: 10.30–12.00
            title: Registrering
          - time: 11.00–12.00
            title: Stående frokost
            alongside: Registrering
          - time: 12.00–15.00
            title: Velkomst og indledning
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        programme:
          - time: 10.30–12.00
            title: Registrering
          - time: 11.00–12.00
            title: Stående lunch
            alongside: Registrering
          - time: 12.00–15.00
            title: Välkommen och inledning
        ---
      `,
      en: md`
        ---
        title: Network meeting
        date: 2025-03-21
        programme:
          - time: 10.30–12.00
            title: Registration
          - time: 11.00–12.00
            title: Standing lunch
            alongside: Registration
          - time: 12.00–15.00
            title: Welcome and introduction
        ---
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.overlaps.example.two-items-everyone',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        programme:
          - time: 09.00–10.00
            title: Foredrag
          - time: 09.45–10.30
            title: Gruppearbeid
        ---
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        programme:
          - time: 09.00–10.00
            title: Føredrag
          - time: 09.45–10.30
            title: Gruppearbeid
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        programme:
          - time: 09.00–10.00
            title: Oplæg
          - time: 09.45–10.30
            title: Gruppearbejde
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        programme:
          - time: 09.00–10.00
            title: Föreläsning
          - time: 09.45–10.30
            title: Grupparbete
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        programme:
          - time: 09.00–10.00
            title: Talk
          - time: 09.45–10.30
            title: Group work
        ---
      `,
    },
    expected: ['7:11 overlap "Gruppearbeid" (09.45–10.30) overlaps "Foredrag" (09.00–10.00)'],
  },
  {
    title: 'rule.overlaps.example.item-audience-crosses',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2025-03-21
        audiences:
          owners: Skoleeiere
          principals: Rektorer
        programme:
          - time: 09.00–11.00
            title: Foredrag
          - time: 10.30–11.30
            title: Rektormøte
            for: principals
        ---
      `,
      nn: md`
        ---
        title: Samling
        date: 2025-03-21
        audiences:
          owners: Skuleeigarar
          principals: Rektorar
        programme:
          - time: 09.00–11.00
            title: Føredrag
          - time: 10.30–11.30
            title: Rektormøte
            for: principals
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2025-03-21
        audiences:
          owners: Skoleejere
          principals: Skoleledere
        programme:
          - time: 09.00–11.00
            title: Oplæg
          - time: 10.30–11.30
            title: Skoleledermøde
            for: principals
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        audiences:
          owners: Huvudmän
          principals: Rektorer
        programme:
          - time: 09.00–11.00
            title: Föreläsning
          - time: 10.30–11.30
            title: Rektorsmöte
            for: principals
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2025-03-21
        audiences:
          owners: School owners
          principals: Principals
        programme:
          - time: 09.00–11.00
            title: Talk
          - time: 10.30–11.30
            title: Principals' meeting
            for: principals
        ---
      `,
    },
    expected: ['10:11 overlap "Rektormøte" (10.30–11.30) overlaps "Foredrag" (09.00–11.00) for Rektorer (principals)'],
  },
  {
    title: 'rule.overlaps.example.two-days-same',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2019-08-15
        hours: 09.00–12.00
        days:
          - date: 2019-08-15
            programme:
              - time: 09.00–10.30
                title: Velkomen
              - time: 10.30–12.00
                title: Partnarskap
          - date: 16.08
            programme:
              - time: 09.00–10.30
                title: Fagfornyinga
              - time: 10.00–12.00
                title: Leiargruppeutvikling
        ---
      `,
      nn: md`
        ---
        title: Leiarsamling
        date: 2019-08-15
        hours: 09.00–12.00
        days:
          - date: 2019-08-15
            programme:
              - time: 09.00–10.30
                title: Velkomen
              - time: 10.30–12.00
                title: Partnarskap
          - date: 16.08
            programme:
              - time: 09.00–10.30
                title: Fagfornyinga
              - time: 10.00–12.00
                title: Leiargruppeutvikling
        ---
      `,
      da: md`
        ---
        title: Ledermøde
        date: 2019-08-15
        hours: 09.00–12.00
        days:
          - date: 2019-08-15
            programme:
              - time: 09.00–10.30
                title: Velkomst
              - time: 10.30–12.00
                title: Partnerskab
          - date: 16.08
            programme:
              - time: 09.00–10.30
                title: Den nye læreplan
              - time: 10.00–12.00
                title: Udvikling af ledergruppen
        ---
      `,
      sv: md`
        ---
        title: Ledarträff
        date: 2019-08-15
        hours: 09.00–12.00
        days:
          - date: 2019-08-15
            programme:
              - time: 09.00–10.30
                title: Välkommen
              - time: 10.30–12.00
                title: Partnerskap
          - date: 16.08
            programme:
              - time: 09.00–10.30
                title: Den nya läroplanen
              - time: 10.00–12.00
                title: Ledningsgruppens utveckling
        ---
      `,
      en: md`
        ---
        title: Leadership meeting
        date: 2019-08-15
        hours: 09.00–12.00
        days:
          - date: 2019-08-15
            programme:
              - time: 09.00–10.30
                title: Welcome
              - time: 10.30–12.00
                title: Partnership
          - date: 16.08
            programme:
              - time: 09.00–10.30
                title: The new curriculum
              - time: 10.00–12.00
                title: Developing the leadership team
        ---
      `,
    },
    expected: ['16:15 overlap "Leiargruppeutvikling" (10.00–12.00) overlaps "Fagfornyinga" (09.00–10.30) on 2019-08-16'],
  },
  {
    title: 'rule.overlaps.example.alongside-unknown',
    source: {
      nb: md`
        ---
        title: Nettverksmøte
        date: 2025-03-21
        programme:
          - time: 10.30–12.00
            title: Registrering
          - time: 11.00–12.00
            title: Stående lunsj
            alongside: Registreringen
        ---
      `,
      nn: md`
        ---
        title: Nettverksmøte
        date: 2025-03-21
        programme:
          - time: 10.30–12.00
            title: Registrering
          - time: 11.00–12.00
            title: Ståande lunsj
            alongside: Registreringa
        ---
      `,
      da: md`
        ---
        title: Netværksmøde
        date: 2025-03-21
        programme:
          - time: 10.30–12.00
            title: Registrering
          - time: 11.00–12.00
            title: Stående frokost
            alongside: Registreringen
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2025-03-21
        programme:
          - time: 10.30–12.00
            title: Registrering
          - time: 11.00–12.00
            title: Stående lunch
            alongside: Registreringen
        ---
      `,
      en: md`
        ---
        title: Network meeting
        date: 2025-03-21
        programme:
          - time: 10.30–12.00
            title: Registration
          - time: 11.00–12.00
            title: Standing lunch
            alongside: Check-in
        ---
      `,
    },
    expected: [
      '7:11 overlap "Stående lunsj" (11.00–12.00) overlaps "Registrering" (10.30–12.00)',
      '9:16 alongside-unknown "Registreringen" is not the title of an item on this day',
    ],
  },
];
