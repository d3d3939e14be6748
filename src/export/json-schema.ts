/** JSON Schema files for editors, generated from the zod schemas (the single source of truth). */
import { z } from 'zod';
import { COLLECTION_NAMES, collection, schemaFileName } from '../schemas/index.ts';

/** File name → JSON text, for every collection (the notices' file describes their front matter). */
export function jsonSchemaFiles(): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of COLLECTION_NAMES) {
    const json = z.toJSONSchema(collection(name).schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    out.set(schemaFileName(name), `${JSON.stringify(json, null, 2)}\n`);
  }
  return out;
}
