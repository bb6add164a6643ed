/**
 * Field names and values a Nordic secretary types in her own language:
 * `sted:` for `venue:`, `kind: pause` for `kind: break`. Each word names the
 * English candidates it may mean; the first one the place allows is the
 * did-you-mean (so `til` is `until` in an audience and `to` in a deadline).
 */
const keys: Record<string, string[]> = {
  tittel: ['title'], titel: ['title'], overskrift: ['title'],
  undertittel: ['subtitle'], undertitel: ['subtitle'],
  dato: ['date'], datum: ['date'], dag: ['date'],
  tid: ['time', 'hours'], tidspunkt: ['time'], klokkeslett: ['time'], klokkeslæt: ['time'], klockslag: ['time'],
  åpningstid: ['hours'], timer: ['hours'], arbeidstid: ['hours'],
  sted: ['venue'], stad: ['venue', 'city'], plass: ['venue'], lokale: ['venue'], lokal: ['venue'], sal: ['room'], rom: ['room'],
  arrangør: ['organiser'], arrangor: ['organiser'], arrangör: ['organiser'],
  språk: ['language'], sprog: ['language'], mal: ['template'], skabelon: ['template'], mall: ['template'],
  tidssone: ['timezone'], tidszone: ['timezone'], tidszon: ['timezone'],
  deltakere: ['audiences', 'for'], deltagere: ['audiences', 'for'], deltagare: ['audiences', 'for'], målgruppe: ['audiences', 'for'], målgrupp: ['audiences', 'for'], hvem: ['for'], vem: ['for'],
  program: ['programme'], dager: ['days'], dagar: ['days'], dage: ['days'], fakta: ['facts'],
  frist: ['deadlines'], frister: ['deadlines'], fristar: ['deadlines'], tidsfrister: ['deadlines'],
  påmelding: ['registration'], påmeldinger: ['registration'], tilmelding: ['registration'], anmälan: ['registration'],
  kontakt: ['contact'], kontaktperson: ['contact'], grupper: ['groups'], faser: ['phases'], regler: ['rules'],
  innhold: ['details'], beskrivelse: ['details', 'description'], beskrivning: ['details', 'description'], detaljer: ['details'],
  ansvarlig: ['lead'], ledes: ['lead'], leder: ['lead'], foredragsholder: ['lead'], innleder: ['lead'],
  punkter: ['points'], punkt: ['points'], type: ['kind'], art: ['kind'], slag: ['kind'], sort: ['kind'],
  kveld: ['evening'], kvelds: ['evening'], aften: ['evening'], kväll: ['evening'],
  navn: ['name', 'label'], namn: ['name', 'label'], adresse: ['address'], adress: ['address'], by: ['city'],
  lenke: ['link'], lenkje: ['link'], länk: ['link'], epost: ['email'], 'e-post': ['email'], mejl: ['email'], mail: ['email'],
  telefon: ['phone'], tlf: ['phone'], mobil: ['phone'], rolle: ['role'], roll: ['role'],
  fra: ['from'], frå: ['from'], från: ['from'], til: ['until', 'to'], till: ['until', 'to'], 'sendes til': ['to'],
  hva: ['what'], hvad: ['what'], vad: ['what'], kva: ['what'], medlemmer: ['members'], medlemmar: ['members'],
  samlinger: ['sessions'], møter: ['sessions'], möten: ['sessions'], når: ['when'], när: ['when'], deler: ['parts'], dele: ['parts'],
  sammen: ['alongside'], samtidig: ['alongside'], parallelt: ['parallel'], parallell: ['parallel'],
};

const values: Record<string, string[]> = {
  pause: ['break'], paus: ['break'], fika: ['break'], kaffepause: ['break'], kaffipause: ['break'], kaffepaus: ['break'],
  lunsj: ['meal'], lunch: ['meal'], frokost: ['meal'], frukost: ['meal'], middag: ['meal'], måltid: ['meal'], mat: ['meal'],
  økt: ['session'], sesjon: ['session'], sessjon: ['session'], foredrag: ['session'], møte: ['session'],
  påmelding: ['registration'], tilmelding: ['registration'], anmälan: ['registration'],
  forberedelse: ['preparation'], førebuing: ['preparation'], förberedelse: ['preparation'],
  oppfølging: ['follow-up'], opfølgning: ['follow-up'], uppföljning: ['follow-up'], oppfølgjing: ['follow-up'],
  innspill: ['input'], innspel: ['input'], input: ['input'], annet: ['other'], anna: ['other'], andet: ['other'], annat: ['other'],
  feil: ['error'], fejl: ['error'], fel: ['error'], advarsel: ['warning'], varsel: ['warning'], varning: ['warning'], av: ['off'],
  norsk: ['nb', 'nn'], bokmål: ['nb'], nynorsk: ['nn'], dansk: ['da'], svensk: ['sv'], engelsk: ['en'], no: ['nb'],
};

function pick(table: Record<string, string[]>, word: string, allowed: readonly string[]): string | undefined {
  return table[word.trim().toLocaleLowerCase('nb')]?.find((c) => allowed.includes(c));
}

/** The English key a Nordic word means, among those allowed here. */
export function englishKey(word: string, known: readonly string[]): string | undefined {
  return pick(keys, word, known);
}

/** The English value a Nordic word means, among the allowed values. */
export function englishValue(word: string, options: readonly string[]): string | undefined {
  return pick(values, word, options);
}
