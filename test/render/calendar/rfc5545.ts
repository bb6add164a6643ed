/**
 * A strict reading of RFC 5545, independent of ical.js (which forgives a
 * great deal), for the properties agenda writes: content lines (§3.1),
 * folding at 75 octets, parameters (§3.2), the value types used (§3.3),
 * the components' required and single-use properties (§3.6, §3.6.6) and
 * the rules between them (DTEND after DTSTART, of the same value type).
 * Returns the problems found, each with its line number; none is valid.
 */

const NAME = /^(?:[A-Za-z0-9-]+)$/;
const PARAM = /^([A-Za-z0-9-]+)=((?:"[^"\x00-\x08\x0a-\x1f\x7f]*"|[^";:,\x00-\x08\x0a-\x1f\x7f]*)(?:,(?:"[^"\x00-\x08\x0a-\x1f\x7f]*"|[^";:,\x00-\x08\x0a-\x1f\x7f]*))*)/;
const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const UTC_DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const DURATION = /^[+-]?P(?:\d+W|(?:\d+D)?(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?)$/;
/** TEXT (§3.3.11): a backslash only before \ ; , n N; no unescaped ; or , (a list splits on unescaped commas). */
const TEXT = /^(?:[^\\;,\x00-\x08\x0a-\x1f\x7f]|\\[\\;,nN])*$/;

interface Line {
  n: number;
  name: string;
  params: Record<string, string>;
  value: string;
}

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

function realDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(+y, +m - 1, +d));
  return date.getUTCFullYear() === +y && date.getUTCMonth() === +m - 1 && date.getUTCDate() === +d;
}

/** Physical lines → content lines, with the folding and line-ending problems. */
function unfold(text: string, problems: string[]): { n: number; text: string }[] {
  if (!text.endsWith('\r\n')) problems.push('the stream does not end with CRLF');
  const physical = text.split('\r\n');
  physical.pop();
  const lines: { n: number; text: string }[] = [];
  physical.forEach((line, i) => {
    if (/[\r\n]/.test(line)) problems.push(`line ${i + 1}: a bare CR or LF`);
    if (octets(line) > 75) problems.push(`line ${i + 1}: ${octets(line)} octets, more than 75`);
    if (line.startsWith(' ') || line.startsWith('\t')) {
      if (!lines.length) problems.push(`line ${i + 1}: a continuation with nothing to continue`);
      else lines[lines.length - 1].text += line.slice(1);
    } else lines.push({ n: i + 1, text: line });
  });
  return lines;
}

function parseLine(raw: { n: number; text: string }, problems: string[]): Line | undefined {
  const name = /^[^;:]*/.exec(raw.text)![0];
  if (!NAME.test(name)) return void problems.push(`line ${raw.n}: "${name}" is not a property name`);
  let rest = raw.text.slice(name.length);
  const params: Record<string, string> = {};
  while (rest.startsWith(';')) {
    const m = PARAM.exec(rest.slice(1));
    if (!m) return void problems.push(`line ${raw.n}: a malformed parameter in ${name}`);
    if (params[m[1].toUpperCase()] !== undefined) problems.push(`line ${raw.n}: ${m[1]} given twice`);
    params[m[1].toUpperCase()] = m[2];
    rest = rest.slice(1 + m[0].length);
  }
  if (!rest.startsWith(':')) return void problems.push(`line ${raw.n}: no ":" after ${name}'s parameters`);
  if (/[\x00-\x08\x0a-\x1f\x7f]/.test(rest)) problems.push(`line ${raw.n}: a control character in ${name}`);
  return { n: raw.n, name: name.toUpperCase(), params, value: rest.slice(1) };
}

/** Value checks by property, for the properties agenda writes. */
function checkValue(line: Line, problems: string[]): void {
  const at = `line ${line.n}: ${line.name}`;
  const { value, params } = line;
  const isDate = params.VALUE === 'DATE';
  switch (line.name) {
    case 'DTSTAMP':
      if (!UTC_DATE_TIME.test(value)) problems.push(`${at} is not a UTC DATE-TIME: ${value}`);
      break;
    case 'DTSTART':
    case 'DTEND': {
      const m = (isDate ? DATE : UTC_DATE_TIME).exec(value);
      if (!m) problems.push(`${at} is not a ${isDate ? 'DATE' : 'UTC DATE-TIME'}: ${value}`);
      else if (!realDate(m[1], m[2], m[3])) problems.push(`${at} names no real day: ${value}`);
      if (params.VALUE !== undefined && !isDate) problems.push(`${at} has VALUE=${params.VALUE}`);
      break;
    }
    case 'SEQUENCE':
      if (!/^\d+$/.test(value) || Number(value) > 2 ** 31 - 1) problems.push(`${at} is not a non-negative 32-bit INTEGER: ${value}`);
      break;
    case 'VERSION':
      if (value !== '2.0') problems.push(`${at} is ${value}, not 2.0`);
      break;
    case 'TRIGGER':
      if (!DURATION.test(value)) problems.push(`${at} is not a DURATION: ${value}`);
      break;
    case 'ACTION':
      if (!['AUDIO', 'DISPLAY', 'EMAIL'].includes(value)) problems.push(`${at} is ${value}`);
      break;
    case 'TRANSP':
      if (!['OPAQUE', 'TRANSPARENT'].includes(value)) problems.push(`${at} is ${value}`);
      break;
    case 'URL':
    case 'ORGANIZER':
      if (!/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(value)) problems.push(`${at} is not a URI: ${value}`);
      break;
    case 'CATEGORIES':
      if (value.split(/(?<!\\),/).some((v) => !v || !TEXT.test(v))) problems.push(`${at} is not a list of TEXT: ${value}`);
      break;
    case 'SUMMARY':
    case 'DESCRIPTION':
    case 'LOCATION':
    case 'UID':
    case 'PRODID':
    case 'NAME':
    case 'X-WR-CALNAME':
      if (!TEXT.test(value)) problems.push(`${at} is not TEXT (an unescaped ; or , or a stray \\): ${value}`);
      break;
  }
  for (const p of Object.keys(params)) {
    if (!['LANGUAGE', 'VALUE', 'CN'].includes(p) && !p.startsWith('X-')) problems.push(`${at} has an unexpected parameter ${p}`);
  }
}

const REQUIRED: Record<string, string[]> = {
  VCALENDAR: ['PRODID', 'VERSION'],
  VEVENT: ['UID', 'DTSTAMP', 'DTSTART'],
  VALARM: ['ACTION', 'TRIGGER'],
};
const ONCE: Record<string, string[]> = {
  VCALENDAR: ['PRODID', 'VERSION', 'CALSCALE', 'METHOD'],
  VEVENT: ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'DURATION', 'SEQUENCE', 'SUMMARY', 'DESCRIPTION', 'LOCATION', 'URL', 'ORGANIZER', 'TRANSP'],
  VALARM: ['ACTION', 'TRIGGER', 'DESCRIPTION'],
};
const INSIDE: Record<string, string | undefined> = { VCALENDAR: undefined, VEVENT: 'VCALENDAR', VALARM: 'VEVENT' };

function checkComponent(kind: string, props: Line[], begin: number, problems: string[]): void {
  const count = (name: string) => props.filter((p) => p.name === name).length;
  for (const name of REQUIRED[kind] ?? []) if (!count(name)) problems.push(`line ${begin}: ${kind} has no ${name}`);
  for (const name of ONCE[kind] ?? []) if (count(name) > 1) problems.push(`line ${begin}: ${kind} has ${name} ${count(name)} times`);
  if (kind === 'VALARM') {
    const action = props.find((p) => p.name === 'ACTION')?.value;
    if (action === 'DISPLAY' && !count('DESCRIPTION')) problems.push(`line ${begin}: a DISPLAY alarm without DESCRIPTION`);
  }
  if (kind === 'VEVENT') {
    const start = props.find((p) => p.name === 'DTSTART');
    const end = props.find((p) => p.name === 'DTEND');
    if (end && count('DURATION')) problems.push(`line ${begin}: both DTEND and DURATION`);
    if (start && end) {
      if ((start.params.VALUE === 'DATE') !== (end.params.VALUE === 'DATE')) problems.push(`line ${end.n}: DTEND is not of DTSTART's value type`);
      else if (end.value < start.value || (start.params.VALUE === 'DATE' && end.value === start.value)) problems.push(`line ${end.n}: DTEND is not after DTSTART`);
    }
  }
}

export function rfc5545Problems(text: string): string[] {
  const problems: string[] = [];
  const stack: { kind: string; begin: number; props: Line[] }[] = [];
  let calendars = 0;
  for (const raw of unfold(text, problems)) {
    const line = parseLine(raw, problems);
    if (!line) continue;
    if (line.name === 'BEGIN') {
      const parent = stack.at(-1)?.kind;
      if (!(line.value in INSIDE)) problems.push(`line ${line.n}: an unexpected component ${line.value}`);
      else if (INSIDE[line.value] !== parent) problems.push(`line ${line.n}: ${line.value} inside ${parent ?? 'nothing'}`);
      if (line.value === 'VCALENDAR') calendars++;
      stack.push({ kind: line.value, begin: line.n, props: [] });
    } else if (line.name === 'END') {
      const open = stack.pop();
      if (!open || open.kind !== line.value) problems.push(`line ${line.n}: END:${line.value} closes ${open?.kind ?? 'nothing'}`);
      else checkComponent(open.kind, open.props, open.begin, problems);
    } else if (!stack.length) {
      problems.push(`line ${line.n}: ${line.name} outside any component`);
    } else {
      stack.at(-1)!.props.push(line);
      checkValue(line, problems);
    }
  }
  for (const open of stack) problems.push(`line ${open.begin}: ${open.kind} is never closed`);
  if (calendars !== 1) problems.push(`${calendars} VCALENDAR objects, not one`);
  return problems;
}
