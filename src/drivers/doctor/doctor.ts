/**
 * `agenda doctor`: what a build here will use and whether it works. Each
 * check gives a finding: what was found, and for a problem, how to fix it.
 * The test print goes through the tool's own renderer (hardened page,
 * embedded fonts), and the fonts are judged from the printed PDF.
 */
import { relative, resolve } from 'node:path';
import type { LoadedConfig } from '../../pipeline/config.js';
import { countBySeverity } from '../../base/diagnostics/diagnostic.js';
import { UsageError } from '../../base/errors.js';
import { say } from '../../base/messages/index.js';
import type { FoundBrowser } from '../pdf/browser-finder.js';
import { type BrowserChoice, sandboxFix, sandboxRequired } from '../pdf/sandbox.js';
import { fontFacesFor } from '../../render/fonts.js';
import { embeddedFonts } from './pdf-fonts.js';

export interface Finding {
  /** What was looked at, a word doctor's lines translate (say('doctor.topic')). */
  topic: 'node' | 'config' | 'sources' | 'time zone' | 'browser' | 'sandbox' | 'test print' | 'fonts';
  /** `ok`, `warning` (works, but worth knowing), `problem` (something will fail). */
  status: 'ok' | 'warning' | 'problem';
  says: string;
  fix?: string;
}

export interface DoctorOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  loaded: LoadedConfig;
  browser?: string;
  noSandbox: boolean;
  /** Lists the sources whose time zones are checked (the config's choice below the working folder). */
  sources: () => Promise<string[]>;
}

/** The oldest Node agenda runs on; package.json's engines say the same (test/drivers/doctor/node-support.test.ts). */
const NEEDED_NODE = 20;
/** The letters the five languages need beyond ASCII. */
export const PROBE_LETTERS = 'æøåäöÆØÅÄÖ';

export async function diagnose(o: DoctorOptions): Promise<Finding[]> {
  const findings = [nodeFinding(), ...configFindings(o), ...(await timeZoneFindings(o))];
  const browser = await browserFinding(o);
  findings.push(browser.finding);
  if (browser.found) findings.push(...(await printFindings(browser.found, o)));
  return findings;
}

/**
 * Node's long-term lines from 20 on (20, 22, 24 and later) are supported; 21 and 23,
 * short-lived and ended, are not checked, and older lines lack what agenda uses.
 */
export function nodeSupport(version: string): 'supported' | 'unchecked' | 'old' {
  const major = Number(version.split('.')[0]);
  if (major < NEEDED_NODE) return 'old';
  return major === 21 || major === 23 ? 'unchecked' : 'supported';
}

function nodeFinding(): Finding {
  const version = process.versions.node;
  const support = nodeSupport(version);
  if (support === 'supported') return { topic: 'node', status: 'ok', says: say('doctor.node', { version }) };
  if (support === 'unchecked') return { topic: 'node', status: 'warning', says: say('doctor.nodeUnchecked', { version }), fix: say('doctor.nodeFix') };
  return { topic: 'node', status: 'problem', says: say('doctor.nodeOld', { version, needed: NEEDED_NODE }), fix: say('doctor.nodeFix') };
}

function configFindings(o: DoctorOptions): Finding[] {
  const { loaded } = o;
  if (!loaded.file) return [{ topic: 'config', status: 'ok', says: say('doctor.configNone') }];
  const shown = relative(o.cwd, resolve(o.cwd, loaded.file)) || loaded.file;
  const { errors, warnings } = countBySeverity([...loaded.diagnostics]);
  const out: Finding[] = [
    {
      topic: 'config',
      status: errors ? 'problem' : warnings ? 'warning' : 'ok',
      says: say('doctor.configRead', { file: shown, errors, warnings, any: errors + warnings ? 'yes' : 'no' }),
    },
  ];
  for (const d of loaded.diagnostics) {
    const at = d.span ? `${d.file}:${d.span.start.line}:${d.span.start.column}` : d.file;
    out.push({ topic: 'config', status: d.severity === 'error' ? 'problem' : 'warning', says: `${at}: ${d.message} [${d.code}]`, fix: d.hint });
  }
  return out;
}

async function timeZoneFindings(o: DoctorOptions): Promise<Finding[]> {
  let files: string[];
  try {
    files = await o.sources();
  } catch (e) {
    if (e instanceof UsageError) return [{ topic: 'sources', status: 'warning', says: e.message }];
    throw e;
  }
  const { readSource, checkSource } = await import('../../pipeline/compile.js');
  const zones = new Map<string, number>();
  for (const file of files) {
    const { text } = readSource(file);
    const zone = text === undefined ? undefined : checkSource(text, file, { rules: o.loaded.config.rules }).gathering?.timezone;
    if (zone) zones.set(zone, (zones.get(zone) ?? 0) + 1);
  }
  const out: Finding[] = [{ topic: 'sources', status: 'ok', says: say('doctor.sources', { count: files.length }) }];
  for (const [zone, count] of [...zones].sort()) {
    const known = isKnownZone(zone);
    const says = say('doctor.zone', { zone, count, known: known ? 'yes' : 'no' });
    out.push(known ? { topic: 'time zone', status: 'ok', says } : { topic: 'time zone', status: 'problem', says, fix: say('doctor.zoneFix') });
  }
  return out;
}

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

async function browserFinding(o: DoctorOptions): Promise<{ finding: Finding; found?: FoundBrowser }> {
  const { findBrowser, BrowserNotFoundError } = await import('../pdf/browser-finder.js');
  try {
    const found = await findBrowser({ explicitPath: o.browser ?? o.loaded.config.browser, env: o.env });
    return { found, finding: { topic: 'browser', status: 'ok', says: say('doctor.browser', { path: found.path, source: found.source }) } };
  } catch (e) {
    if (!(e instanceof BrowserNotFoundError)) throw e;
    const fix = say('doctor.browserFix');
    return { finding: { topic: 'browser', status: 'problem', says: e.list, fix } };
  }
}

const probeHtml = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><style>${fontFacesFor(false)}
body { font-family: 'Source Sans 3'; } h1 { font-family: 'Source Serif 4'; font-weight: 600; } b { font-weight: 600; }
</style></head><body><h1>${PROBE_LETTERS}</h1><p>${PROBE_LETTERS} <b>${PROBE_LETTERS}</b> <i>${PROBE_LETTERS}</i></p></body></html>`;

async function printFindings(found: FoundBrowser, o: DoctorOptions): Promise<Finding[]> {
  const [{ openPdfRenderer }, { chooseBrowser }] = await Promise.all([import('../pdf/pdf-renderer.js'), import('../pdf/sandbox.js')]);
  // Tried again, not read from the cache: the machine may have changed (an AppArmor profile added, a package installed).
  const choice = await chooseBrowser(found, { requested: o.noSandbox, env: o.env, fresh: true });
  const sandbox = sandboxFinding(choice, o.env);
  let pdf: Uint8Array;
  let version: string;
  try {
    const renderer = await openPdfRenderer({ executablePath: choice.browser.path, sandbox: choice.sandbox, env: o.env, concurrency: 1, timeoutMs: 30_000 });
    try {
      version = await renderer.browserVersion();
      pdf = await renderer.render({ html: probeHtml, meta: { title: 'agenda doctor', language: 'nb' } });
    } finally {
      await renderer.close();
    }
  } catch (e) {
    const fix = say('doctor.printFix', { sandbox: choice.sandbox.on ? 'on' : 'off' });
    return [...sandbox, { topic: 'test print', status: 'problem', says: say('doctor.printFailed', { error: (e as Error).message.split('\n')[0] }), fix }];
  }
  return [...sandbox, { topic: 'test print', status: 'ok', says: say('doctor.printed', { version, bytes: pdf.length }) }, await fontFinding(pdf)];
}

/** Which of the cases in docs/reliability.md this machine is, and why. */
export function sandboxFinding(choice: BrowserChoice, env: NodeJS.ProcessEnv): Finding[] {
  const { sandbox, browser, insteadOf } = choice;
  const out: Finding[] = [];
  if (insteadOf) out.push({ topic: 'browser', status: 'ok', says: say('doctor.browserInstead', { browser: browser.path, other: insteadOf.path }) });
  if (sandbox.cause === 'works') out.push({ topic: 'sandbox', status: 'ok', says: say('doctor.sandboxWorks') });
  else if (sandbox.cause === 'asked') out.push({ topic: 'sandbox', status: 'ok', says: say('doctor.sandboxAsked') });
  else if (sandbox.cause === 'root') out.push({ topic: 'sandbox', status: 'ok', says: say('doctor.sandboxRoot') });
  else {
    // The browser's own words, when it gave any, as the detail.
    const why = { said: sandbox.detail ? 'yes' : 'no', detail: sandbox.detail ?? '' };
    out.push(
      sandboxRequired(env)
        ? { topic: 'sandbox', status: 'problem', says: say('doctor.sandboxRequired', why), fix: sandboxFix() }
        : { topic: 'sandbox', status: 'warning', says: say('doctor.sandboxRefused', why), fix: sandboxFix() },
    );
  }
  return out;
}

/** Whether the probe letters came out in the tool's fonts, judged from the PDF. */
export async function fontFinding(pdf: Uint8Array): Promise<Finding> {
  const fonts = await embeddedFonts(pdf);
  const ours = (name: string) => /^SourceS(ans3|erif4)/.test(name);
  const missing = [...PROBE_LETTERS].filter((ch) => !fonts.some((f) => ours(f.name) && f.chars.has(ch)));
  const names = [...new Set(fonts.map((f) => f.name))].sort();
  if (!missing.length) return { topic: 'fonts', status: 'ok', says: say('doctor.fonts', { letters: [...PROBE_LETTERS].join(' '), fonts: names.join(', ') }) };
  return {
    topic: 'fonts',
    status: 'problem',
    says: say('doctor.fontsMissing', { letters: missing.join(' '), fonts: names.join(', '), count: names.length }),
    fix: say('doctor.fontsFix'),
  };
}
