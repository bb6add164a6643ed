/**
 * The audiences rule's ok and not-ok examples, each with its source in every
 * language the tool speaks (nb first, as it was written; then nn, da, sv,
 * en), line for line: see Example in ../../rule.ts.
 */
import { type Example, md } from '../../rule.js';

export const ok: Example[] = [
  {
    title: 'rule.audiences.example.principals-join-lunch',
    source: {
      nb: md`
        ---
        title: Oppstartsamling
        date: 2020-01-28
        audiences:
          owners: Administrative skoleeiere
          principals:
            label: Rektorer
            from: 11:30
        programme:
          - time: 0900
            title: Intensjoner og rammer
            for: owners
          - time: 1130
            title: Lunsj
            kind: meal
          - time: 1215
            title: Om å bli bedre gjennom samarbeid
          - title: Pause
            kind: break
          - title: Intensjoner og rammer presenteres rektorene
            for: [owners, principals]
          - time: 1530
            title: Avslutning
        ---
      `,
      nn: md`
        ---
        title: Oppstartssamling
        date: 2020-01-28
        audiences:
          owners: Administrative skuleeigarar
          principals:
            label: Rektorar
            from: 11:30
        programme:
          - time: 0900
            title: Intensjonar og rammer
            for: owners
          - time: 1130
            title: Lunsj
            kind: meal
          - time: 1215
            title: Om å bli betre gjennom samarbeid
          - title: Pause
            kind: break
          - title: Intensjonar og rammer blir lagde fram for rektorane
            for: [owners, principals]
          - time: 1530
            title: Avslutning
        ---
      `,
      da: md`
        ---
        title: Opstartsmøde
        date: 2020-01-28
        audiences:
          owners: Skoleejernes administration
          principals:
            label: Skoleledere
            from: 11:30
        programme:
          - time: 0900
            title: Hensigter og rammer
            for: owners
          - time: 1130
            title: Frokost
            kind: meal
          - time: 1215
            title: At blive bedre gennem samarbejde
          - title: Pause
            kind: break
          - title: Hensigter og rammer præsenteres for skolelederne
            for: [owners, principals]
          - time: 1530
            title: Afslutning
        ---
      `,
      sv: md`
        ---
        title: Uppstartsträff
        date: 2020-01-28
        audiences:
          owners: Huvudmännens förvaltning
          principals:
            label: Rektorer
            from: 11:30
        programme:
          - time: 0900
            title: Avsikter och ramar
            for: owners
          - time: 1130
            title: Lunch
            kind: meal
          - time: 1215
            title: Att bli bättre genom samverkan
          - title: Fika
            kind: break
          - title: Avsikter och ramar presenteras för rektorerna
            for: [owners, principals]
          - time: 1530
            title: Avslutning
        ---
      `,
      en: md`
        ---
        title: Kick-off meeting
        date: 2020-01-28
        audiences:
          owners: School owners' administrators
          principals:
            label: Principals
            from: 11:30
        programme:
          - time: 0900
            title: Aims and framework
            for: owners
          - time: 1130
            title: Lunch
            kind: meal
          - time: 1215
            title: Getting better by working together
          - title: Break
            kind: break
          - title: Aims and framework presented to the principals
            for: [owners, principals]
          - time: 1530
            title: Closing
        ---
      `,
    },
  },
  {
    title: 'rule.audiences.example.two-days-general',
    source: {
      nb: md`
        ---
        title: Nettverkssamling
        date: 2026-03-12
        audiences:
          reps: Utvalgte representanter
          general:
            label: Alle deltakere
            from: 13.00
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–13.00
                title: Representantskapsmøte
                for: reps
              - time: 13.00–16.00
                title: Åpning og foredrag
          - date: 13.03
            audiences:
              general: {}
            programme:
              - time: 09.00–12.00
                title: Seminar om samarbeid
                for: [reps, general]
        ---
      `,
      nn: md`
        ---
        title: Nettverkssamling
        date: 2026-03-12
        audiences:
          reps: Utvalde representantar
          general:
            label: Alle deltakarar
            from: 13.00
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–13.00
                title: Representantskapsmøte
                for: reps
              - time: 13.00–16.00
                title: Opning og føredrag
          - date: 13.03
            audiences:
              general: {}
            programme:
              - time: 09.00–12.00
                title: Seminar om samarbeid
                for: [reps, general]
        ---
      `,
      da: md`
        ---
        title: Netværksmøde
        date: 2026-03-12
        audiences:
          reps: Udvalgte repræsentanter
          general:
            label: Alle deltagere
            from: 13.00
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–13.00
                title: Repræsentantskabsmøde
                for: reps
              - time: 13.00–16.00
                title: Åbning og oplæg
          - date: 13.03
            audiences:
              general: {}
            programme:
              - time: 09.00–12.00
                title: Seminar om samarbejde
                for: [reps, general]
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2026-03-12
        audiences:
          reps: Utvalda representanter
          general:
            label: Alla deltagare
            from: 13.00
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–13.00
                title: Representantskapsmöte
                for: reps
              - time: 13.00–16.00
                title: Öppning och föreläsning
          - date: 13.03
            audiences:
              general: {}
            programme:
              - time: 09.00–12.00
                title: Seminarium om samverkan
                for: [reps, general]
        ---
      `,
      en: md`
        ---
        title: Network meeting
        date: 2026-03-12
        audiences:
          reps: Selected representatives
          general:
            label: All participants
            from: 13.00
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–13.00
                title: Representatives' meeting
                for: reps
              - time: 13.00–16.00
                title: Opening and talk
          - date: 13.03
            audiences:
              general: {}
            programme:
              - time: 09.00–12.00
                title: Seminar on working together
                for: [reps, general]
        ---
      `,
    },
  },
  {
    title: 'rule.audiences.example.arrival-day-those',
    source: {
      nb: md`
        ---
        title: Landskonferanse
        date: 2026-04-16
        audiences:
          early: Tidlig ankomst
          all: Alle deltakere
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Omvisning
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Konferanse
        ---
      `,
      nn: md`
        ---
        title: Landskonferanse
        date: 2026-04-16
        audiences:
          early: Tidleg ankomst
          all: Alle deltakarar
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Omvising
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Konferanse
        ---
      `,
      da: md`
        ---
        title: Landskonference
        date: 2026-04-16
        audiences:
          early: Tidlig ankomst
          all: Alle deltagere
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Rundvisning
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Konference
        ---
      `,
      sv: md`
        ---
        title: Rikskonferens
        date: 2026-04-16
        audiences:
          early: Tidig ankomst
          all: Alla deltagare
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Guidad visning
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Konferens
        ---
      `,
      en: md`
        ---
        title: National conference
        date: 2026-04-16
        audiences:
          early: Early arrivals
          all: All participants
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Guided tour
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Conference
        ---
      `,
    },
  },
];

export const notOk: Example[] = [
  {
    title: 'rule.audiences.example.item-on-absent-day',
    source: {
      nb: md`
        ---
        title: Landskonferanse
        date: 2026-04-16
        audiences:
          early: Tidlig ankomst
          all: Alle deltakere
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Omvisning
                for: [early, all]
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Konferanse
        ---
      `,
      nn: md`
        ---
        title: Landskonferanse
        date: 2026-04-16
        audiences:
          early: Tidleg ankomst
          all: Alle deltakarar
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Omvising
                for: [early, all]
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Konferanse
        ---
      `,
      da: md`
        ---
        title: Landskonference
        date: 2026-04-16
        audiences:
          early: Tidlig ankomst
          all: Alle deltagere
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Rundvisning
                for: [early, all]
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Konference
        ---
      `,
      sv: md`
        ---
        title: Rikskonferens
        date: 2026-04-16
        audiences:
          early: Tidig ankomst
          all: Alla deltagare
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Guidad visning
                for: [early, all]
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Konferens
        ---
      `,
      en: md`
        ---
        title: National conference
        date: 2026-04-16
        audiences:
          early: Early arrivals
          all: All participants
        days:
          - date: 2026-04-16
            audiences:
              all: absent
            programme:
              - time: 18.00–20.00
                title: Guided tour
                for: [early, all]
          - date: 17.04
            programme:
              - time: 09.00–15.00
                title: Conference
        ---
      `,
    },
    expected: ['14:22 audience-absent "Omvisning" (18.00–20.00, 2026-04-16) is for Alle deltakere (all), who are not there on that day'],
  },
  {
    title: 'rule.audiences.example.row-principals-only',
    source: {
      nb: md`
        ---
        title: Oppstartsamling
        date: 2020-01-28
        audiences:
          owners: Administrative skoleeiere
          principals:
            label: Rektorer
            from: 11:30
        programme:
          - time: 1130
            title: Lunsj
          - time: 1215
            title: Om å bli bedre gjennom samarbeid
          - title: Intensjoner og rammer presenteres rektorene
            for: principals
          - time: 1530
            title: Avslutning
        ---
      `,
      nn: md`
        ---
        title: Oppstartssamling
        date: 2020-01-28
        audiences:
          owners: Administrative skuleeigarar
          principals:
            label: Rektorar
            from: 11:30
        programme:
          - time: 1130
            title: Lunsj
          - time: 1215
            title: Om å bli betre gjennom samarbeid
          - title: Intensjonar og rammer blir lagde fram for rektorane
            for: principals
          - time: 1530
            title: Avslutning
        ---
      `,
      da: md`
        ---
        title: Opstartsmøde
        date: 2020-01-28
        audiences:
          owners: Skoleejernes administration
          principals:
            label: Skoleledere
            from: 11:30
        programme:
          - time: 1130
            title: Frokost
          - time: 1215
            title: At blive bedre gennem samarbejde
          - title: Hensigter og rammer præsenteres for skolelederne
            for: principals
          - time: 1530
            title: Afslutning
        ---
      `,
      sv: md`
        ---
        title: Uppstartsträff
        date: 2020-01-28
        audiences:
          owners: Huvudmännens förvaltning
          principals:
            label: Rektorer
            from: 11:30
        programme:
          - time: 1130
            title: Lunch
          - time: 1215
            title: Att bli bättre genom samverkan
          - title: Avsikter och ramar presenteras för rektorerna
            for: principals
          - time: 1530
            title: Avslutning
        ---
      `,
      en: md`
        ---
        title: Kick-off meeting
        date: 2020-01-28
        audiences:
          owners: School owners' administrators
          principals:
            label: Principals
            from: 11:30
        programme:
          - time: 1130
            title: Lunch
          - time: 1215
            title: Getting better by working together
          - title: Aims and framework presented to the principals
            for: principals
          - time: 1530
            title: Closing
        ---
      `,
    },
    expected: [
      '15:10 audience-idle Nothing is scheduled for Administrative skoleeiere (owners) during "Intensjoner og rammer presenteres rektorene" (in the 12.15 block), which is only for Rektorer (principals)',
    ],
  },
  {
    title: 'rule.audiences.example.undeclared-audience-item',
    source: {
      nb: md`
        ---
        title: Samling
        date: 2020-01-28
        audiences:
          owners: Skoleeiere
          principals:
            label: Rektorer
            from: 12:00
          teachers: Lærere
        programme:
          - time: 09.00–10.00
            title: Velkommen
            for: [owners, principals]
          - time: 10.00–11.00
            title: Skoleeiermøte
            for: owner
        ---
      `,
      nn: md`
        ---
        title: Samling
        date: 2020-01-28
        audiences:
          owners: Skuleeigarar
          principals:
            label: Rektorar
            from: 12:00
          teachers: Lærarar
        programme:
          - time: 09.00–10.00
            title: Velkomen
            for: [owners, principals]
          - time: 10.00–11.00
            title: Skuleeigarmøte
            for: owner
        ---
      `,
      da: md`
        ---
        title: Temadag
        date: 2020-01-28
        audiences:
          owners: Skoleejere
          principals:
            label: Skoleledere
            from: 12:00
          teachers: Lærere
        programme:
          - time: 09.00–10.00
            title: Velkomst
            for: [owners, principals]
          - time: 10.00–11.00
            title: Møde for skoleejerne
            for: owner
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2020-01-28
        audiences:
          owners: Huvudmän
          principals:
            label: Rektorer
            from: 12:00
          teachers: Lärare
        programme:
          - time: 09.00–10.00
            title: Välkommen
            for: [owners, principals]
          - time: 10.00–11.00
            title: Huvudmannamöte
            for: owner
        ---
      `,
      en: md`
        ---
        title: Staff meeting
        date: 2020-01-28
        audiences:
          owners: School owners
          principals:
            label: Principals
            from: 12:00
          teachers: Teachers
        programme:
          - time: 09.00–10.00
            title: Welcome
            for: [owners, principals]
          - time: 10.00–11.00
            title: School owners' meeting
            for: owner
        ---
      `,
    },
    expected: [
      '9:3 audience-unused The audience Lærere (teachers) is listed, but no item is for it',
      '13:19 audience-absent "Velkommen" (09.00–10.00) is for Rektorer (principals), who join at 12.00',
      '16:10 audience-undeclared "owner" is not one of the audiences under "audiences:"',
    ],
  },
  {
    title: 'rule.audiences.example.day-names-undeclared',
    source: {
      nb: md`
        ---
        title: Nettverkssamling
        date: 2026-03-12
        audiences:
          general: Alle deltakere
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–16.00
                title: Åpning og foredrag
          - date: 13.03
            audiences:
              general: {from: 10.00}
              genral: {}
            programme:
              - time: 09.00–12.00
                title: Seminar
                for: general
        ---
      `,
      nn: md`
        ---
        title: Nettverkssamling
        date: 2026-03-12
        audiences:
          general: Alle deltakarar
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–16.00
                title: Opning og føredrag
          - date: 13.03
            audiences:
              general: {from: 10.00}
              genral: {}
            programme:
              - time: 09.00–12.00
                title: Seminar
                for: general
        ---
      `,
      da: md`
        ---
        title: Netværksmøde
        date: 2026-03-12
        audiences:
          general: Alle deltagere
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–16.00
                title: Åbning og oplæg
          - date: 13.03
            audiences:
              general: {from: 10.00}
              genral: {}
            programme:
              - time: 09.00–12.00
                title: Seminar
                for: general
        ---
      `,
      sv: md`
        ---
        title: Nätverksträff
        date: 2026-03-12
        audiences:
          general: Alla deltagare
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–16.00
                title: Öppning och föreläsning
          - date: 13.03
            audiences:
              general: {from: 10.00}
              genral: {}
            programme:
              - time: 09.00–12.00
                title: Seminarium
                for: general
        ---
      `,
      en: md`
        ---
        title: Network meeting
        date: 2026-03-12
        audiences:
          general: All participants
        days:
          - date: 2026-03-12
            programme:
              - time: 10.00–16.00
                title: Opening and talk
          - date: 13.03
            audiences:
              general: {from: 10.00}
              genral: {}
            programme:
              - time: 09.00–12.00
                title: Seminar
                for: general
        ---
      `,
    },
    expected: [
      '14:7 audience-undeclared "genral" is not one of the audiences under "audiences:"',
      '18:14 audience-absent "Seminar" (09.00–12.00 on 2026-03-13) is for Alle deltakere (general), who join at 10.00',
    ],
  },
];
