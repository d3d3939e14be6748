import { describe, expect, it } from 'vitest';
import { frontMatter, parseYaml } from '../src/io/yaml.ts';

describe('YAML with positions', () => {
  const text = 'a: 1\nlist:\n  - x: 000117109003\n    y: 20\n  - x: "2"\nmap:\n  k: 140525\n';
  const p = parseYaml(text);
  it('keeps codes as strings and numbers as numbers', () => {
    expect(p.value).toEqual({ a: 1, list: [{ x: '000117109003', y: 20 }, { x: '2' }], map: { k: '140525' } });
  });
  it('locates values inside lists and maps', () => {
    expect(p.locate(['list', 0, 'y'])).toEqual({ line: 4, col: 8 });
    expect(p.locate(['list', 1, 'x'])).toEqual({ line: 5, col: 8 });
    expect(p.locate(['map', 'k'])).toEqual({ line: 7, col: 6 });
  });
  it('falls back to the nearest existing ancestor for a missing element', () => {
    expect(p.locate(['list', 1, 'missing'])).toEqual({ line: 5, col: 5 });
    expect(p.locate(['nope'])).toEqual({ line: 1, col: 1 });
  });
  it('reports syntax errors in Chinese with their line', () => {
    const bad = parseYaml('a: 1\n\tb: 2\n');
    expect(bad.value).toBeUndefined();
    expect(bad.syntaxErrors[0]!.pos.line).toBe(2);
    expect(bad.syntaxErrors[0]!.message).toMatch(/Tab|缩进/);
  });
  it('offsets lines of front matter', () => {
    const fm = frontMatter('---\ntitle: x\ndate: 2020-12-24\n---\nbody\n')!;
    const parsed = parseYaml(fm.yaml, fm.lineOffset);
    expect(parsed.locate(['date'])).toEqual({ line: 3, col: 7 });
  });
});
