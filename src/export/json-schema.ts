/** JSON Schema files for editors, generated from the zod schemas (the single source of truth). */
import { z } from 'zod';
import { COLLECTIONS, COLLECTION_NAMES, noticeSchema, schemaFileName } from '../schemas/index.ts';

/** File name → JSON text, for every collection plus the notice front matter. */
export function jsonSchemaFiles(): Map<string, string> {
  const out = new Map<string, string>();
  const emit = (file: string, schema: z.ZodType) => {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    out.set(file, `${JSON.stringify(json, null, 2)}\n`);
  };
  for (const name of COLLECTION_NAMES) emit(schemaFileName(name), COLLECTIONS[name].schema);
  emit('notices.schema.json', noticeSchema);
  return out;
}
