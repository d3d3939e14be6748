/**
 * Records keep no YAML document (src/io/load.ts, `locators`): a problem found after loading is
 * located by parsing its file again. Over more files than the locator keeps, every problem still
 * has the line and column the full parser gives for its field.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticCatalogue } from '../src/bench/synthetic.ts';
import { validate } from '../src/check/validate.ts';
import { parseYaml } from '../src/io/yaml.ts';

const cat = generateSyntheticCatalogue({ guides: 60, seed: 9 });
afterAll(() => cat.cleanup());

describe('locating problems without kept documents', () => {
  it('gives each problem of 40 files the position the full parser gives', () => {
    const dir = path.join(cat.dir, 'data/guides');
    const county = fs.readdirSync(dir)[0]!;
    const files = fs.readdirSync(path.join(dir, county)).sort().slice(0, 40);
    files.forEach((f, i) => {
      const file = path.join(dir, county, f);
      // A catch-all condition, put first (rule catch-all reports it after loading), below a
      // comment of i lines, so that no two files have it on the same line.
      const text = fs.readFileSync(file, 'utf8').replace(/^conditions:\n/m, `${'# 注\n'.repeat(i)}conditions:\n  - 法律法规规定的其他条件。\n`);
      fs.writeFileSync(file, text);
    });
    const problems = validate(cat.dir, { today: cat.today }).problems.filter((p) => p.rule === 'catch-all');
    expect(problems.map((p) => p.file).sort()).toEqual(files.map((f) => `data/guides/${county}/${f}`));
    for (const p of problems) {
      const at = parseYaml(fs.readFileSync(path.join(cat.dir, p.file), 'utf8')).locate(['conditions', 0]);
      expect({ file: p.file, line: p.line, col: p.col, path: p.path }).toEqual({ file: p.file, line: at.line, col: at.col, path: 'conditions[0]' });
    }
  });
});
