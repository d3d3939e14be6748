/**
 * The rule registry: every other file in this folder is one rule (its default export, made with
 * defineRule), and being here is what registers it — there is no list to forget. Under Vite
 * (the Astro build, vitest) the folder is read by import.meta.glob at compile time; under plain
 * Node (the CLIs) by reading the directory. tests/check/registry.test.ts proves both give the
 * same rules and that every id equals its file name.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Rule, compareRules } from '../rule.ts';

type RuleModule = { readonly default?: Rule };

/** A rule file's id: its name without the extension. */
export const ruleFileId = (file: string): string => file.replace(/^.*\//, '').replace(/\.ts$/, '');

const isRuleFile = (file: string) => /\.ts$/.test(file) && !/(?:^|\/)index\.ts$/.test(file) && !/\.test\.ts$/.test(file);

async function readFolder(): Promise<Record<string, RuleModule>> {
  const dir = new URL('./', import.meta.url);
  const files = fs.readdirSync(fileURLToPath(dir)).filter(isRuleFile).sort();
  const modules = await Promise.all(files.map(async (f) => [f, (await import(new URL(f, dir).href)) as RuleModule] as const));
  return Object.fromEntries(modules);
}

/** Turns the folder's modules into rules, refusing a file whose id is not its name. */
export function rulesFrom(modules: Readonly<Record<string, RuleModule>>): Rule[] {
  const rules: Rule[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    if (!isRuleFile(file)) continue;
    const rule = mod.default;
    if (!rule || typeof rule.id !== 'string') throw new Error(`${file}: a rule file must export default defineRule({ … })`);
    if (rule.id !== ruleFileId(file)) throw new Error(`${file}: the rule's id "${rule.id}" must equal its file name`);
    rules.push(rule);
  }
  return rules.sort(compareRules);
}

const modules: Record<string, RuleModule> = import.meta.env
  ? import.meta.glob<RuleModule>(['./*.ts', '!./index.ts'], { eager: true })
  : await readFolder();

/** Every rule, in the order `npm run check -- --rules` lists them. */
export const RULES: readonly Rule[] = rulesFrom(modules);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id; throws for an id no rule file declares (a programming error). */
export function ruleById(id: string): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`unknown rule id "${id}"`);
  return rule;
}
