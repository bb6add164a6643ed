/**
 * `agenda schema`: the front matter's (or with --config the project
 * config's) JSON Schema, for editors and other tools, in draft 2020-12 or
 * draft-07 (the YAML extension of VS Code and yaml-language-server read
 * draft-07). Its own module, so that only this command loads zod's JSON
 * Schema generator. Descriptions, examples and the patterns of times and
 * dates come from field-docs.ts, the table hover and completion read too,
 * in the language say() speaks (`agenda schema --lang nb`); the English
 * descriptions zod carries from schema.ts are dropped, so that none stays
 * among them.
 */
import * as z from 'zod/mini';
import { ruleIds } from '../base/diagnostics/codes.js';
import { say } from '../base/messages/index.js';
import { ConfigSchema } from './config-schema.js';
import { configDocs, fieldDoc, frontMatterDocs, type FieldDoc } from './field-docs.js';
import { FrontMatter } from './schema.js';

export type Draft = '2020-12' | '07';
export const drafts: readonly Draft[] = ['2020-12', '07'];

type Json = Record<string, unknown>;
type Path = (string | number)[];

const header: Record<Draft, { $schema: string; defs: string }> = {
  '2020-12': { $schema: 'https://json-schema.org/draft/2020-12/schema', defs: '$defs' },
  '07': { $schema: 'http://json-schema.org/draft-07/schema#', defs: 'definitions' },
};

/** The JSON Schema of the front matter. */
export function frontMatterJsonSchema(draft: Draft = '2020-12'): Json {
  return jsonSchema(FrontMatter, draft, frontMatterDocs, 'front-matter', say('schema.title.frontMatter'));
}

/** The JSON Schema of agenda.config.yaml. */
export function configJsonSchema(draft: Draft = '2020-12'): Json {
  return jsonSchema(ConfigSchema, draft, configDocs, 'config', say('schema.title.config'));
}

function jsonSchema(schema: z.ZodMiniType, draft: Draft, docs: Record<string, FieldDoc>, name: string, title: string): Json {
  const target = draft === '07' ? 'draft-07' : 'draft-2020-12';
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target }) as Json;
  delete generated.$schema;
  dropDescriptions(generated);
  const defs = (generated[header[draft].defs] ?? {}) as Record<string, Json>;
  annotate(generated, [], { docs, defs, seen: new Set() });
  return { $schema: header[draft].$schema, $id: `https://agenda.invalid/schema/${name}.json`, title, ...generated };
}

/** Removes the descriptions zod wrote (English, from schema.ts): the field docs give them, in the language spoken. */
function dropDescriptions(node: unknown): void {
  if (!node || typeof node !== 'object') return;
  if (typeof (node as Json).description === 'string') delete (node as Json).description;
  for (const child of Object.values(node)) dropDescriptions(child);
}

interface Walk {
  docs: Record<string, FieldDoc>;
  defs: Record<string, Json>;
  seen: Set<Json>;
}

/**
 * Walks the schema along the data paths it describes, giving every
 * property its description, example and pattern; a shared definition
 * ($ref) is annotated once, along the first path that reaches it.
 */
function annotate(node: Json, path: Path, walk: Walk): void {
  if (walk.seen.has(node)) return;
  walk.seen.add(node);
  const ref = node.$ref as string | undefined;
  if (ref) {
    const target = walk.defs[ref.replace(/^#\/(?:\$defs|definitions)\//, '')];
    if (target) annotate(target, path, walk);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const option of (node[key] as Json[] | undefined) ?? []) annotate(option, path, walk);
  const properties = node.properties as Record<string, Json> | undefined;
  for (const [key, child] of Object.entries(properties ?? {})) {
    describe(child, [...path, key], walk.docs);
    annotate(child, [...path, key], walk);
  }
  const additional = node.additionalProperties;
  if (additional && typeof additional === 'object') {
    describe(additional as Json, [...path, '*'], walk.docs);
    annotate(additional as Json, [...path, '*'], walk);
  }
  if (node.items && typeof node.items === 'object' && !Array.isArray(node.items)) annotate(node.items as Json, [...path, 0], walk);
  if (path[path.length - 1] === 'rules' && node.type === 'object') node.propertyNames = { enum: ruleIds() };
}

function describe(node: Json, path: Path, docs: Record<string, FieldDoc>): void {
  const doc = fieldDoc(path, docs);
  if (!doc) return;
  node.description = doc.description;
  node.examples = [doc.example];
  if (doc.pattern) node.pattern = doc.pattern;
}
