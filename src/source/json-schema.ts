/**
 * `agenda schema`: the front matter's JSON Schema, for editors and other
 * tools. Its own module, so that only this command loads zod's JSON Schema
 * generator.
 */
import * as z from 'zod/mini';
import { FrontMatter } from './schema.js';

/** The JSON Schema of the front matter, for editors and other tools. */
export function frontMatterJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(FrontMatter, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://agenda.invalid/schema/front-matter.json',
    title: 'agenda gathering front matter',
    ...schema,
  };
}
