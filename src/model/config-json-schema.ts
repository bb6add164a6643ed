/** The JSON Schema of agenda.config.yaml, for editors (the modeline `agenda init` writes). */
import * as z from 'zod/mini';
import { ConfigSchema } from './config-schema.js';

export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'agenda.config.yaml', ...schema };
}
