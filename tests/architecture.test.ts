/**
 * The layers of docs/ARCHITECTURE.md, enforced: every relative import in src/ either stays in its
 * folder, goes to a leaf module, or follows an edge of the table below. A new edge is a design
 * decision: change the table and the document together.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

/** What each top-level folder (or file) of src/ may import besides itself and the leaf modules. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  schemas: [],
  util: [],
  domain: ['schemas', 'io:types'],
  io: ['schemas', 'domain', 'check:loader'],
  check: ['schemas', 'domain', 'io'],
  history: ['schemas', 'domain', 'io', 'check'],
  export: ['schemas', 'domain', 'io', 'check', 'forms'],
  forms: ['schemas', 'domain', 'io'],
  import: ['schemas', 'domain', 'io', 'check'],
  bench: ['schemas', 'domain', 'io', 'check'],
  site: ['schemas', 'domain', 'io', 'check', 'history', 'export', 'forms', 'util'],
  integrations: ['schemas', 'domain', 'io', 'check', 'history', 'export', 'forms', 'site'],
  cli: ['schemas', 'domain', 'io', 'check', 'history', 'export', 'forms', 'import', 'bench', 'site', 'integrations'],
  layouts: ['site', 'components', 'styles'],
  components: ['site', 'history', 'forms', 'schemas:types', 'domain:types'],
  pages: ['site', 'components', 'layouts', 'forms', 'history', 'export', 'io', 'schemas'],
};

/**
 * Modules that import nothing of src/ but types of the schemas, so any layer may use them: pure
 * code checks, time-limit arithmetic, key joining, URLs and the Chinese formatting of values.
 */
const LEAVES = new Set(['domain/code-formats.ts', 'domain/time-limits.ts', 'domain/keys.ts', 'site/routes.ts', 'site/format.ts', 'util/group-by.ts']);

/** The loader's own rule definitions and the problem model, which src/io/load.ts reports with. */
const CHECK_FOR_LOADER = new Set(['check/problems.ts', 'check/rule.ts', 'check/rules/yaml-syntax.ts', 'check/rules/file-location.ts', 'check/rules/schema.ts', 'check/rules/code-format.ts', 'check/zod-messages.ts']);

/** Type-only edges that describe rather than depend: the registry names the index its references resolve against. */
const TYPE_EXCEPTIONS = new Set(['schemas/registry.ts -> domain/catalogue.ts']);

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|astro|mjs)$/.test(e.name) ? [p] : [];
  });
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = path.resolve(path.dirname(file), m[2]!);
      if (!target.startsWith(SRC + path.sep)) continue;
      out.push({ from: path.relative(SRC, file).split(path.sep).join('/'), to: path.relative(SRC, target).split(path.sep).join('/'), typeOnly: Boolean(m[1]) });
    }
  }
  return out;
}

const areaOf = (file: string) => file.split('/')[0]!.replace(/\.(ts|astro|mjs)$/, '');

/** Why an edge breaks the layering, or undefined when it is allowed. */
export function violation(e: Edge): string | undefined {
  const from = areaOf(e.from);
  const to = areaOf(e.to);
  if (from === to || LEAVES.has(e.to)) return undefined;
  const allowed = ALLOWED[from];
  if (!allowed) return `${e.from}: src/${from} is not in the layer table`;
  if (allowed.includes(to)) return undefined;
  if (allowed.includes(`${to}:types`) && e.typeOnly) return undefined;
  if (allowed.includes(`${to}:loader`) && CHECK_FOR_LOADER.has(e.to)) return undefined;
  if (e.typeOnly && TYPE_EXCEPTIONS.has(`${e.from} -> ${e.to}`)) return undefined;
  return `${e.from} imports ${e.to}${e.typeOnly ? ' (types)' : ''}: src/${from} may not depend on src/${to}`;
}

describe('the layers of docs/ARCHITECTURE.md', () => {
  const all = edges();

  it('reads the imports of every source folder', () => {
    const areas = new Set(all.map((e) => areaOf(e.from)));
    for (const a of ['schemas', 'domain', 'io', 'check', 'history', 'export', 'forms', 'site', 'pages', 'components', 'cli']) expect(areas, a).toContain(a);
    expect(all.length).toBeGreaterThan(300);
  });

  it('has no import against the layer table', () => {
    expect(all.map(violation).filter(Boolean)).toEqual([]);
  });

  it('refuses an upward import', () => {
    expect(violation({ from: 'schemas/guide.ts', to: 'site/site.ts', typeOnly: false })).toContain('may not depend on src/site');
    expect(violation({ from: 'io/load.ts', to: 'check/validate.ts', typeOnly: false })).toContain('may not depend on src/check');
    expect(violation({ from: 'components/guide/GuideGlance.astro', to: 'domain/catalogue.ts', typeOnly: false })).toContain('may not depend');
    expect(violation({ from: 'components/guide/GuideGlance.astro', to: 'domain/catalogue.ts', typeOnly: true })).toBeUndefined();
    expect(violation({ from: 'io/load.ts', to: 'check/rules/schema.ts', typeOnly: false })).toBeUndefined();
  });

  it('lets every layer use the leaf modules, and the leaves import nothing but schema types', () => {
    expect(violation({ from: 'schemas/registry.ts', to: 'site/routes.ts', typeOnly: true })).toBeUndefined();
    for (const leaf of LEAVES) {
      for (const e of all.filter((x) => x.from === leaf)) expect(e.typeOnly && areaOf(e.to) === 'schemas', `${leaf} → ${e.to}`).toBe(true);
    }
  });
});
