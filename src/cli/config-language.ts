/**
 * The config's `messages:` (the language agenda speaks), read before the
 * command line is parsed, so that the help and commander's own words are
 * in it too. Cheap on purpose: the config is found as the command will
 * find it (--config, else agenda.config.yaml here or above) and its
 * top-level `messages:` line read, without YAML; the command checks the
 * whole file later and reports a `messages:` it cannot use.
 */
import { readBoundedSync } from '../base/bounded-read.js';
import { MAX_CONFIG_BYTES } from '../model/limits.js';
import { resolve } from 'node:path';
import { configLinkedOutside, findConfig } from '../pipeline/find-config.js';

const MESSAGES_LINE = /^messages:[ \t]*(["']?)([A-Za-z]{2})\1[ \t]*(?:#.*)?$/m;

/** The language the config names in `messages:`, as written; undefined when there is none (or no config). */
export function configLanguage(argv: readonly string[], cwd: string): string | undefined {
  const named = configFlag(argv);
  const file = named ? resolve(cwd, named) : findConfig(cwd);
  if (!file || (!named && configLinkedOutside(file))) return undefined;
  let text: string;
  try {
    // A config too large to read is reported by the command; the language is then the default.
    const read = readBoundedSync(file, MAX_CONFIG_BYTES);
    if (read.tooLarge !== undefined) return undefined;
    text = read.bytes.toString('utf8');
  } catch {
    return undefined;
  }
  return MESSAGES_LINE.exec(text.replace(/^\uFEFF/, ''))?.[2].toLowerCase();
}

/** The value of -c / --config, when it is given one (`schema --config` is a switch, and takes none). */
function configFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return undefined;
    if (a.startsWith('--config=')) return a.slice('--config='.length);
    if ((a === '--config' || a === '-c') && argv[i + 1] !== undefined && !argv[i + 1].startsWith('-')) return argv[i + 1];
  }
  return undefined;
}
