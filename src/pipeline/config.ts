/**
 * The project config, `agenda.config.yaml` at the root of a sources repo
 * (found from the current folder upwards, or named with --config).
 * Relative paths in it are relative to the file.
 */
import { readBoundedSync } from '../base/bounded-read.js';
import { dirname, relative, resolve } from 'node:path';
import { CONFIG_NAME, configLinkedOutside, findConfig } from './find-config.js';
import type { Diagnostic, Span } from '../base/diagnostics/diagnostic.js';
import { contained } from '../base/diagnostics/contain.js';
import { decodeSource } from '../parse/decode.js';
import { ownSpanOf } from '../model/location.js';
import { readYaml, type YamlResult } from '../parse/yaml/read-yaml.js';
import { templateNames } from '../render/template-names.js';
import { severityOf, unknownRuleIds, unknownTemplate } from '../check/validate.js';
import { AA_TEXT, accentContrast, readableAccent as darkenedAccent } from '../base/contrast.js';
import { say } from '../base/messages/index.js';
import { UsageError } from '../base/errors.js';
import { readCause } from '../base/diagnostics/io-problem.js';
import { lineStartsOf } from '../base/lines.js';
import { longTexts, MAX_CONFIG_BYTES, MAX_CONFIG_LINES, yamlSize } from '../model/limits.js';
import { hiddenInConfig } from '../model/shown-texts.js';
import type { RuleSeverity } from '../check/rule.js';
import { ConfigSchema, type Config } from '../model/config-schema.js';

export type { Config };
import { imageProblem } from '../render/image-check.js';
import { checkTemplates } from '../render/template-check.js';

export { CONFIG_NAME, findConfig };

export interface LoadedConfig {
  config: Config;
  /** The config file, absent when none was found. */
  file?: string;
  /** The folder relative config paths are resolved against. */
  root: string;
  /** The project's templates folder: --templates, else the config's `templates:`; absent when neither names one. */
  templatesDir?: string;
  /** The template names there are: the built-in ones and those in templatesDir. */
  templateNames: string[];
  /** Where templatesDir's files must resolve, links followed: the project folder, or the folder named with --templates. */
  templatesRoot: string;
  diagnostics: Diagnostic[];
}

export interface LoadConfigOptions {
  /** A templates folder named on the command line (--templates), resolved; it overrides the config's. */
  templatesDir?: string;
}

/**
 * Reads and schema-checks the config. Its diagnostics include `rules:` keys
 * that name no rule (`rule-unknown`) and a `template:` that names no
 * template (`template-unknown`), each at its place in the file.
 */
export async function loadConfig(explicit: string | undefined, cwd = process.cwd(), options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const file = explicit ?? findConfig(cwd);
  if (!file) {
    // No config, but --templates may name a folder: its templates are checked as a config's are.
    const templates = templatesOf({}, cwd, options);
    return { config: {}, root: cwd, ...templates, diagnostics: checkTemplates(templates.templatesDir, [templates.templatesRoot]) };
  }
  const outside = explicit ? undefined : configLinkedOutside(file);
  if (outside) throw new UsageError(say('config.linked-outside', { file, target: outside }));
  // Findings name the file as seen from the working folder, as sources' findings do (GitHub annotations need that).
  const shown = relative(cwd, resolve(cwd, file)) || file;
  try {
    return readConfigFile(file, options, shown);
  } catch (e) {
    throw new UsageError(say('config.unreadable', { file, cause: readCause(e) }));
  }
}

/**
 * The config in `file` as the command and the language server read it:
 * too large, not text, or its settings and findings. Throws what reading
 * the file threw (gone, unreadable, a device or a pipe).
 */
export function readConfigFile(file: string, options: LoadConfigOptions = {}, shown = file): LoadedConfig {
  const read = readBoundedSync(file, MAX_CONFIG_BYTES);
  if (read.tooLarge !== undefined) return configTooLarge(file, options, shown, read.tooLarge);
  const decoded = decodeSource(read.bytes, shown);
  if (decoded.diagnostic) return { config: {}, file, root: dirname(resolve(file)), ...templatesOf({}, dirname(resolve(file)), options), diagnostics: [decoded.diagnostic] };
  return readConfigText(decoded.text, file, options, shown);
}

/** A config too large to read (measured on the disk before reading, or on its text): no settings, one finding. */
export function configTooLarge(file: string, options: LoadConfigOptions, shown: string, size: number, unit: 'bytes' | 'lines' = 'bytes', span?: Span): LoadedConfig {
  const root = dirname(resolve(file));
  const at = { line: 1, column: 1, offset: 0 };
  const refused: Diagnostic = {
    file: shown,
    code: 'config-too-large',
    severity: 'error',
    span: span ?? { start: at, end: at },
    message: say('config-too-large.message', { size, unit, max: unit === 'bytes' ? MAX_CONFIG_BYTES : MAX_CONFIG_LINES }),
    hint: say('config-too-large.hint'),
  };
  return { config: {}, file, root, ...templatesOf({}, root, options), diagnostics: [refused] };
}

/** The config read from its text: the file's, or an editor's unsaved text of it. */
export function readConfigText(text: string, file: string, options: LoadConfigOptions = {}, shown = file): LoadedConfig {
  const root = dirname(resolve(file));
  const starts = lineStartsOf(text);
  const whole = { start: { line: 1, column: 1, offset: 0 }, end: { line: starts.length, column: text.length - starts[starts.length - 1] + 1, offset: text.length } };
  const size = yamlSize(text, 'config');
  if (size) return configTooLarge(file, options, shown, size.size, size.unit, whole);
  const read = contained(
    shown,
    () => readYaml(text, { file: shown, offset: 0, lineOffset: 0, whole }, ConfigSchema),
    (d): YamlResult<Config> => ({ diagnostics: [d] }),
  );
  const config: Config = read.value ?? {};
  const templates = templatesOf(config, root, options);
  // A refused value hides nothing else: the names are checked in what reads without it too.
  const readable: Config = read.value ?? read.partial?.value ?? {};
  const diagnostics = [
    ...read.diagnostics,
    ...longTexts(read.value, shown, whole),
    ...configHidden(read.value, config, text, shown, whole),
    ...checkConfigNames(readable, shown, templates.templateNames),
    ...checkLogo(config, shown, root),
    ...readableAccent(config, shown),
    ...checkTemplates(templates.templatesDir, [templates.templatesRoot]),
  ];
  // In the order of the file's lines, as a reader goes through it.
  const at = (d: Diagnostic) => (d.file === shown ? (d.span?.start.offset ?? -1) : Number.MAX_SAFE_INTEGER);
  return {
    config,
    file,
    root,
    ...templates,
    diagnostics: diagnostics.sort((a, b) => at(a) - at(b)),
  };
}

/** Hidden characters in the config's shown texts, at the severity its own `rules:` give the code (hidden-character, or characters). */
function configHidden(value: unknown, config: Config, text: string, file: string, whole: Diagnostic['span'] & object): Diagnostic[] {
  const severity = severityOf('hidden-character', config.rules as Record<string, RuleSeverity> | undefined);
  if (severity === 'off') return [];
  return hiddenInConfig(value, text, file, whole).map((d) => ({ ...d, severity }));
}

/** Which templates folder applies, and the template names it gives. */
function templatesOf(config: Config, root: string, options: LoadConfigOptions): Pick<LoadedConfig, 'templatesDir' | 'templateNames' | 'templatesRoot'> {
  const templatesDir = options.templatesDir ?? (config.templates ? resolve(root, config.templates) : undefined);
  return { templatesDir, templateNames: templateNames(templatesDir), templatesRoot: options.templatesDir ?? root };
}

/**
 * An accent that text set in it would be hard to read in (headings, links,
 * on white and on the pale tints made from it) is darkened until it keeps
 * WCAG 2.1 AA, and said so: the invitations and the index then use the darker shade.
 */
function readableAccent(config: Config, file: string): Diagnostic[] {
  return brandings(config).flatMap((branding) => {
    const accent = branding.accent;
    if (accent === undefined) return [];
    const ratio = accentContrast(accent);
    if (ratio >= AA_TEXT) return [];
    const used = darkenedAccent(accent);
    const span = ownSpanOf(branding, 'accent');
    branding.accent = used;
    return [
      {
        code: 'accent-contrast',
        severity: 'warning',
        file,
        span,
        message: say('config.accent-contrast', { accent, ratio: Math.min(Math.round(ratio * 10) / 10, 4.4), used }),
        hint: say('config.accent-contrast.hint', { used }),
      },
    ];
  });
}

/** The config's branding blocks: the project's, and the index page's own. */
function brandings(config: Config): NonNullable<Config['branding']>[] {
  return [config.branding, config.site?.branding].filter((b) => b !== undefined);
}

/** A logo is read by every invitation or by the index page: check says at once when it cannot be. */
function checkLogo(config: Config, file: string, root: string): Diagnostic[] {
  return brandings(config).flatMap((branding) => {
    const logo = branding.logo;
    if (logo === undefined) return [];
    const problem = imageProblem(logo, root, root, 'logo');
    if (!problem) return [];
    return [{ code: 'logo-unreadable', severity: 'error', file, span: ownSpanOf(branding, 'logo'), message: problem.message, hint: problem.hint }];
  });
}

function checkConfigNames(config: Config, file: string, known: readonly string[]): Diagnostic[] {
  const out = unknownRuleIds(config.rules, file);
  if (config.template !== undefined) {
    const unknown = unknownTemplate(config.template, known, file, ownSpanOf(config, 'template'));
    if (unknown) out.push(unknown);
  }
  return out;
}
