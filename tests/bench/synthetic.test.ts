/**
 * The synthetic catalogue the benchmarks measure (src/bench/synthetic.ts) is a valid catalogue:
 * the checker finds no error in it, the same seed gives the same files, and a code broken on
 * purpose is found, so the benchmarks measure a clean check rather than the reporting of errors.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GUIDES_PER_COUNTY, generateSyntheticCatalogue } from '../../src/bench/synthetic.ts';
import { validate } from '../../src/check/validate.ts';

const made: { cleanup(): void }[] = [];
afterAll(() => {
  for (const m of made) m.cleanup();
});
const generate = (guides: number, seed = 7) => {
  const c = generateSyntheticCatalogue({ guides, seed });
  made.push(c);
  return c;
};

const read = (dir: string) =>
  Object.fromEntries(
    (fs.readdirSync(path.join(dir, 'data'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => [f, fs.readFileSync(path.join(dir, 'data', f), 'utf8')]),
  );

describe('synthetic catalogue', () => {
  it('has no error for the checker, and as many guides and divisions as asked for', () => {
    const c = generate(GUIDES_PER_COUNTY + 50);
    const result = validate(c.dir, { today: c.today });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.catalogue.guides).toHaveLength(GUIDES_PER_COUNTY + 50);
    expect(result.catalogue.responsibilities).toHaveLength(GUIDES_PER_COUNTY + 50);
    expect(result.catalogue.jurisdictions.map((j) => j.data.level)).toEqual(['省级', '市级', '县级', '县级']);
    // Both counties' bureaus hold matters through a published list.
    expect(result.holdings.size).toBe(2);
    expect(result.files).toBe(c.files);
  });

  it('is the same for the same seed, and differs for another', () => {
    const a = read(generate(50, 3).dir);
    expect(read(generate(50, 3).dir)).toEqual(a);
    expect(read(generate(50, 4).dir)).not.toEqual(a);
  });

  it('holds a wrong check character or implementation code when one is broken', () => {
    const c = generate(50);
    const dept = path.join(c.dir, 'data/departments', fs.readdirSync(path.join(c.dir, 'data/departments'))[0]!, 'xzspj.yaml');
    const text = fs.readFileSync(dept, 'utf8');
    const code = /creditCode: "?([0-9A-Z]{18})/.exec(text)![1]!;
    const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
    fs.writeFileSync(dept, text.replace(code, wrong));
    const rules = new Set(validate(c.dir, { today: c.today }).problems.filter((p) => p.severity === 'error').map((p) => `${p.rule} ${p.file.split('/')[1]}`));
    expect(rules).toContain('code-format departments');
  });
});
