/**
 * The words of a starter gathering (`agenda new`), per language: the
 * placeholders a secretary overwrites and the comments that say what each
 * field is for. Kept apart from the label catalogues in i18n/, which are the
 * words an invitation prints.
 */
import type { Language } from '../../base/i18n/index.js';

export interface StarterWords {
  title: string;
  organiser: string;
  venueName: string;
  city: string;
  registration: string;
  contactRole: string;
  /** Programme rows in order: opening, first theme, break, second theme, lunch, third theme, closing. */
  rows: [string, string, string, string, string, string, string];
  body: string;
  /** Comments, one per field, keyed by field. */
  notes: Record<'head' | 'title' | 'organiser' | 'language' | 'template' | 'date' | 'hours' | 'venue' | 'deadlines' | 'contact' | 'programme' | 'untimed' | 'extra', string>;
  /** welcome: the facts block's labels. */
  facts: [string, string, string];
  /** network: a group, its members, a session title. */
  group: string;
  members: [string, string];
  /** phases: three phases and two part labels. */
  phases: [string, string, string];
  parts: [string, string];
}

export const starterWords: Record<Language, StarterWords> = {
  nb: {
    title: 'Samling om …',
    organiser: 'Kommunen',
    venueName: 'Rådhuset, møterom 1',
    city: 'Byen',
    registration: 'Påmelding',
    contactRole: 'Kontaktperson',
    rows: ['Velkommen og innledning', 'Første tema', 'Pause', 'Andre tema', 'Lunsj', 'Arbeid i grupper', 'Oppsummering og avslutning'],
    body: 'Velkommen! Skriv her hva samlingen skal handle om, hvem den er for og hva deltakerne bør forberede.',
    notes: {
      head: 'Ny samling: fyll inn feltene og slett det som ikke passer. `agenda check` sier fra om noe mangler.',
      title: 'overskriften på invitasjonen',
      organiser: 'hvem som inviterer',
      language: 'språket på ledetekstene: nb, nn, da, sv eller en',
      template: 'utseendet: timetable, welcome, network eller phases',
      date: 'dagen, ÅÅÅÅ-MM-DD',
      hours: 'fra–til',
      venue: 'hvor samlingen er',
      deadlines: 'frister: når, hva og hvem det sendes til',
      contact: 'hvem deltakerne kan spørre',
      programme: 'programmet, rad for rad',
      untimed: 'en rad uten tid følger raden over',
      extra: 'for denne malen',
    },
    facts: ['Hvem', 'Tema', 'Forarbeid'],
    group: 'Gruppe 1',
    members: ['Skole A', 'Skole B'],
    phases: ['Forberedelse', 'Samling', 'Oppfølging'],
    parts: ['Formål', 'Deltakere'],
  },
  nn: {
    title: 'Samling om …',
    organiser: 'Kommunen',
    venueName: 'Rådhuset, møterom 1',
    city: 'Byen',
    registration: 'Påmelding',
    contactRole: 'Kontaktperson',
    rows: ['Velkomen og innleiing', 'Første tema', 'Pause', 'Andre tema', 'Lunsj', 'Arbeid i grupper', 'Oppsummering og avslutning'],
    body: 'Velkomen! Skriv her kva samlinga skal handle om, kven ho er for og kva deltakarane bør førebu.',
    notes: {
      head: 'Ny samling: fyll inn felta og slett det som ikkje passar. `agenda check` seier frå om noko manglar.',
      title: 'overskrifta på invitasjonen',
      organiser: 'kven som inviterer',
      language: 'språket på leietekstane: nb, nn, da, sv eller en',
      template: 'utsjånaden: timetable, welcome, network eller phases',
      date: 'dagen, ÅÅÅÅ-MM-DD',
      hours: 'frå–til',
      venue: 'kvar samlinga er',
      deadlines: 'fristar: når, kva og kven det skal sendast til',
      contact: 'kven deltakarane kan spørje',
      programme: 'programmet, rad for rad',
      untimed: 'ei rad utan tid følgjer rada over',
      extra: 'for denne malen',
    },
    facts: ['Kven', 'Tema', 'Førearbeid'],
    group: 'Gruppe 1',
    members: ['Skule A', 'Skule B'],
    phases: ['Førebuing', 'Samling', 'Oppfølging'],
    parts: ['Formål', 'Deltakarar'],
  },
  da: {
    title: 'Konference om …',
    organiser: 'Kommunen',
    venueName: 'Rådhuset, mødelokale 1',
    city: 'Byen',
    registration: 'Tilmelding',
    contactRole: 'Kontaktperson',
    rows: ['Velkomst og indledning', 'Første tema', 'Pause', 'Andet tema', 'Frokost', 'Arbejde i grupper', 'Opsamling og afslutning'],
    body: 'Velkommen! Skriv her, hvad dagen handler om, hvem den er for, og hvad deltagerne skal forberede.',
    notes: {
      head: 'Ny konference: udfyld felterne og slet det, der ikke passer. `agenda check` siger til, hvis noget mangler.',
      title: 'overskriften på invitationen',
      organiser: 'hvem der inviterer',
      language: 'sproget i teksterne: nb, nn, da, sv eller en',
      template: 'udseendet: timetable, welcome, network eller phases',
      date: 'dagen, ÅÅÅÅ-MM-DD',
      hours: 'fra–til',
      venue: 'hvor det foregår',
      deadlines: 'frister: hvornår, hvad og til hvem',
      contact: 'hvem deltagerne kan spørge',
      programme: 'programmet, punkt for punkt',
      untimed: 'et punkt uden tid følger punktet ovenfor',
      extra: 'til denne skabelon',
    },
    facts: ['Hvem', 'Tema', 'Forberedelse'],
    group: 'Gruppe 1',
    members: ['Skole A', 'Skole B'],
    phases: ['Forberedelse', 'Konference', 'Opfølgning'],
    parts: ['Formål', 'Deltagere'],
  },
  sv: {
    title: 'Konferens om …',
    organiser: 'Kommunen',
    venueName: 'Stadshuset, sammanträdesrum 1',
    city: 'Staden',
    registration: 'Anmälan',
    contactRole: 'Kontaktperson',
    rows: ['Välkommen och inledning', 'Första temat', 'Paus', 'Andra temat', 'Lunch', 'Arbete i grupper', 'Sammanfattning och avslutning'],
    body: 'Välkommen! Skriv här vad dagen handlar om, vem den är till för och vad deltagarna ska förbereda.',
    notes: {
      head: 'Ny konferens: fyll i fälten och ta bort det som inte passar. `agenda check` säger till om något saknas.',
      title: 'rubriken på inbjudan',
      organiser: 'vem som bjuder in',
      language: 'språket i texterna: nb, nn, da, sv eller en',
      template: 'utseendet: timetable, welcome, network eller phases',
      date: 'dagen, ÅÅÅÅ-MM-DD',
      hours: 'från–till',
      venue: 'var det äger rum',
      deadlines: 'sista dagar: när, vad och till vem',
      contact: 'vem deltagarna kan fråga',
      programme: 'programmet, punkt för punkt',
      untimed: 'en punkt utan tid följer punkten ovanför',
      extra: 'för denna mall',
    },
    facts: ['Vem', 'Tema', 'Förberedelse'],
    group: 'Grupp 1',
    members: ['Skola A', 'Skola B'],
    phases: ['Förberedelse', 'Konferens', 'Uppföljning'],
    parts: ['Syfte', 'Deltagare'],
  },
  en: {
    title: 'Gathering on …',
    organiser: 'The council',
    venueName: 'Town hall, meeting room 1',
    city: 'Town',
    registration: 'Registration',
    contactRole: 'Contact',
    rows: ['Welcome and introduction', 'First theme', 'Break', 'Second theme', 'Lunch', 'Group work', 'Summing up and close'],
    body: 'Welcome! Write here what the day is about, who it is for and what to prepare.',
    notes: {
      head: 'A new gathering: fill in the fields and delete what does not fit. `agenda check` says what is missing.',
      title: 'the heading of the invitation',
      organiser: 'who invites',
      language: 'the language of the labels: nb, nn, da, sv or en',
      template: 'the look: timetable, welcome, network or phases',
      date: 'the day, YYYY-MM-DD',
      hours: 'from–to',
      venue: 'where it is',
      deadlines: 'deadlines: when, what and to whom',
      contact: 'whom participants can ask',
      programme: 'the programme, row by row',
      untimed: 'a row without a time follows the row above',
      extra: 'for this template',
    },
    facts: ['Who', 'Theme', 'Preparation'],
    group: 'Group 1',
    members: ['School A', 'School B'],
    phases: ['Preparation', 'Gathering', 'Follow-up'],
    parts: ['Purpose', 'Participants'],
  },
};
