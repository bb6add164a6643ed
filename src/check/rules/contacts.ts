/**
 * Addresses a reader will use: e-mail addresses and links, in the front
 * matter's fields and in the Markdown (the body, read from its tree as the
 * page will have it, and the front matter's texts).
 */
import type { Span } from '../../base/diagnostics/diagnostic.js';
import type { Located } from '../../model/gathering.js';
import { decodeDestination, LINK_SCHEMES, linkVerdict } from '../../model/links.js';
import { say } from '../../base/messages/index.js';
import { spanOf } from '../../model/gathering.js';
import { sessionRuns } from '../../model/sessions.js';
import type { Finding, Rule } from '../rule.js';
import { notOk, ok } from './examples/contacts.js';
import { codesOf } from '../../base/diagnostics/codes.js';
import { quoted } from '../context.js';
import { frontMatterStrings, spanIn } from '../texts.js';
import type { Context } from '../context.js';
import type { Definition, Image, Link, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { spanOfPosition } from '../../model/location.js';

export const contacts: Rule = {
  id: 'contacts',
  codes: codesOf('contacts'),
  ok,
  notOk,
  check(context) {
    const g = context.gathering;
    const report = (f: Finding | undefined) => f && context.report(f);
    for (const contact of g.contact ?? []) if (contact.email !== undefined) report(checkEmail(contact.email, spanOf(contact, 'email')));
    if (g.registration) {
      if (g.registration.email !== undefined) report(checkEmail(g.registration.email, spanOf(g.registration, 'email')));
      if (g.registration.link !== undefined) report(checkLink(g.registration.link, spanOf(g.registration, 'link'), 'field'));
    }
    for (const deadline of g.deadlines ?? []) {
      const to = deadline.to;
      if (to === undefined) continue;
      const span = spanOf(deadline, 'to');
      if (to.includes('@') && !/^[a-z][a-z0-9+.-]*:/i.test(to.trim())) report(checkEmail(to, span));
      else if (/^[a-z][a-z0-9+.-]*:|^www\.|\//i.test(to.trim())) report(checkLink(to, span, 'field'));
      else report({ code: 'email-invalid', span, message: say('email-invalid.message.to', { to: quoted(to) }), hint: say('email-invalid.hint.to') });
    }
    const venues = new Set<Located & { link?: string }>();
    const addVenue = (v: (Located & { link?: string }) | undefined) => v && venues.add(v);
    addVenue(g.venue);
    for (const day of g.days) addVenue(day.venue);
    for (const run of sessionRuns(g)) {
      addVenue(run.owner.venue);
      for (const s of run.sessions) addVenue(s.venue);
    }
    for (const plan of context.plans) for (const slot of plan.slots) addVenue(slot.item.venue);
    for (const v of venues) if (v.link !== undefined) report(checkLink(v.link, spanOf(v, 'link'), 'field'));

    for (const t of frontMatterStrings(context)) {
      if (t.key === 'link' || t.key === 'email' || t.key === 'to') continue;
      for (const link of markdownLinks(t.text)) {
        const span = spanIn(context, t, link.index, link.url.length);
        report(link.email ? checkEmail(link.url, span) : checkLink(link.url, span, 'markdown'));
      }
    }
    for (const link of bodyLinks(context)) report(link.email ? checkEmail(link.url, link.span) : checkLink(link.url, link.span, 'markdown'));
  },
};

const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

function checkEmail(address: string, span: Span): Finding | undefined {
  if (EMAIL.test(address.trim())) return undefined;
  return {
    code: 'email-invalid',
    span,
    message: say('email-invalid.message', { address: quoted(address) }),
    hint: say('email-invalid.hint'),
  };
}

/** A web address in a link field (must be absolute) or a Markdown link (may be relative). */
function checkLink(raw: string, span: Span, where: 'field' | 'markdown'): Finding | undefined {
  // One decision with the renderer's sanitizer: a Markdown destination decoded as the parser decodes it (`jav&#x61;script:`).
  const url = where === 'markdown' ? decodeDestination(raw.trim()) : raw.trim();
  const verdict = linkVerdict(url);
  const scheme = verdict.kind === 'relative' ? undefined : verdict.scheme;
  if (verdict.kind === 'dropped' && verdict.unsafe) {
    return {
      code: 'link-unsafe',
      span,
      message: say('link-unsafe.message', { url: quoted(url), file: verdict.scheme === 'file' ? 'yes' : 'no', scheme: verdict.scheme }),
      hint: say('link-unsafe.hint', { file: verdict.scheme === 'file' ? 'yes' : 'no' }),
    };
  }
  const invalid = (why: string, hint?: string, host = ''): Finding => ({
    code: 'url-invalid',
    span,
    message: say('url-invalid.message', { url: quoted(url), why, scheme: scheme ?? '', host: quoted(host) }),
    hint: hint ?? say('url-invalid.hint'),
  });
  if (/^www\./i.test(url)) return invalid('noscheme', say('url-invalid.hint.write', { url: `https://${url}` }));
  if (/^https?\/\//i.test(url)) return invalid('colon', say('url-invalid.hint.write', { url: url.replace(/^(https?)\/\//i, '$1://') }));
  if (!scheme) return where === 'field' ? invalid('noscheme', say('url-invalid.hint.field')) : undefined;
  if (verdict.kind === 'dropped' && where === 'markdown') {
    return { code: 'link-dropped', span, message: say('link-dropped.message', { url: quoted(url), scheme }), hint: say('link-dropped.hint', { schemes: LINK_SCHEMES.join(', ') }) };
  }
  if (scheme === 'mailto') {
    const address = decodeURIComponentSafe(url.slice(7).split('?')[0]);
    return EMAIL.test(address)
      ? undefined
      : { code: 'email-invalid', span, message: say('email-invalid.message.mailto', { address: quoted(address), url: quoted(url) }), hint: say('email-invalid.hint') };
  }
  if (/\s/.test(url)) return invalid('space', say('url-invalid.hint.space'));
  if (scheme !== 'http' && scheme !== 'https') return undefined;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return invalid('unreadable');
  }
  if (!/^\/\/[^/]/.test(url.slice(scheme.length + 1))) return invalid('slashes');
  if (host !== 'localhost' && !/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)$/i.test(host)) {
    return invalid('host', undefined, host);
  }
  return undefined;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Link destinations in Markdown text (the front matter's strings, which check does not parse): inline links and images, autolinks, reference definitions. */
export function markdownLinks(text: string): { url: string; index: number; email?: boolean }[] {
  const out: { url: string; index: number; email?: boolean }[] = [];
  if (!/\]\(|<|\]:/.test(text)) return out;
  const push = (m: RegExpExecArray, url: string | undefined, email?: boolean) => {
    if (url === undefined || url === '') return;
    out.push({ url, index: m.index + m[0].lastIndexOf(url), email });
  };
  for (const m of text.matchAll(/\]\([ \t]*(?:<([^>\n]*)>|((?:[^\s()]|\([^\s()]*\))*))/g)) push(m, m[1] ?? m[2]);
  for (const m of text.matchAll(/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*(?:<([^>\n]*)>|(\S+))/gm)) push(m, m[1] ?? m[2]);
  for (const m of text.matchAll(/<([a-z][a-z0-9+.-]{1,31}:[^<>\s]*)>/gi)) push(m, m[1]);
  for (const m of text.matchAll(/<([^<>\s@:]+@[^<>\s:]+)>/g)) push(m, m[1], true);
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Link destinations in the body, from the Markdown tree the parser built (as
 * the images rule finds images): inline links and images, autolinks, and
 * reference definitions wherever they stand (in a quote, a list, a table),
 * and nothing inside code. Each as written, at its place in the file, when
 * the source is known; else as the parser read it, at the node. A body with
 * no `[` or `<` holds none of these, and is not parsed for them.
 */
function bodyLinks(context: Context): { url: string; span: Span; email?: boolean }[] {
  const out: { url: string; span: Span; email?: boolean }[] = [];
  const { source, recorded } = context;
  if (source !== undefined && recorded !== undefined && !/[[<]/.test(source.slice(recorded.bodyStart))) return out;
  visit(context.gathering.body, (node) => {
    if (node.type === 'text') return void out.push(...unlinkedAddresses(context, node));
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (source === undefined || start === undefined || end === undefined) {
      const span = spanOfPosition(node.position);
      if (span && node.url) out.push({ url: node.url, span });
      return;
    }
    const found = destination(source, node, start, end);
    if (found && found.url !== '') out.push({ ...found, span: context.spanAt(found.at, found.at + found.url.length) });
  });
  return out;
}

type Destined = Link | Image | Definition;

/** Where a node's destination is written in `source` (its node spans `start`–`end`): a bare web address (GFM's) is none. */
function destination(source: string, node: Destined, start: number, end: number): { url: string; at: number; email?: boolean } | undefined {
  if (node.type === 'link' && source[start] === '<') {
    const url = source.slice(start + 1, end - 1);
    return { url, at: start + 1, email: node.url.startsWith('mailto:') && !/^mailto:/i.test(url) };
  }
  if (node.type === 'link' && source[start] !== '[') return undefined;
  // After the label: a link's last child ends inside it; an image's alt text and a definition's label hold no "](" or "]:".
  const labelEnd = node.type === 'link' ? (node.children.at(-1)?.position?.end.offset ?? start + 1) : start + 1;
  const opener = source.indexOf(node.type === 'definition' ? ']:' : '](', labelEnd);
  if (opener < 0 || opener >= end) return undefined;
  let at = opener + 2;
  while (at < end && /\s/.test(source[at])) at++;
  if (source[at] === '<') {
    const close = source.indexOf('>', at);
    return close < 0 || close > end ? undefined : { url: source.slice(at + 1, close), at: at + 1 };
  }
  let depth = 0;
  let stop = at;
  for (; stop < end && !/\s/.test(source[stop]); stop++) {
    const c = source[stop];
    if (c === '\\') stop++;
    else if (c === '(') depth++;
    else if (c === ')' && depth-- === 0) break;
  }
  return { url: source.slice(at, Math.min(stop, end)), at };
}

/** An address written as an autolink that the parser could not take for one (`<post@@example.no>`): the page shows it as text, so it is checked as an address. */
function unlinkedAddresses(context: Context, node: Text): { url: string; span: Span; email: true }[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (context.source === undefined || start === undefined || end === undefined || !node.value.includes('@')) return [];
  const text = context.source.slice(start, end);
  return [...text.matchAll(/<([^<>\s@:]+@[^<>\s:]+)>/g)].map((m) => {
    const at = start + m.index + 1;
    return { url: m[1], span: context.spanAt(at, at + m[1].length), email: true };
  });
}
