/**
 * The manifest's parts without a build: a record's canonical form depends on its data alone, the
 * builder gives the same bytes for the same input, the parser refuses what is not a manifest, and
 * the catalogue state a site is built from is the data's commit only when the files are exactly it.
 * The built site's manifest and `npm run verify` are tested in tests/verify.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { canonicalRecord } from '../src/io/canonical.ts';
import { MANIFEST_FORMAT_VERSION, manifestJson, parseManifest, recordDigest, recordDigests } from '../src/export/manifest.ts';
import { builtFrom } from '../src/integrations/open-data.ts';
import { clearVersionCache } from '../src/history/versions.ts';
import { memorySource } from './helpers/memory-source.ts';
import { GUIDE, LIST, baseRecords, rec, run, runSource, toFiles } from './helpers/fixture.ts';
import { tempRepo } from './helpers/git.ts';

/** The same data with every map's keys reversed. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
  return v;
}

const cleanups: (() => void)[] = [];
afterAll(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe("a record's canonical form", () => {
  it('depends on the data only: not on key order, comments, quoting or where it was read from', () => {
    const result = run();
    const guide = result.catalogue.guides.find((g) => g.file === GUIDE)!;
    const text = canonicalRecord('guides', guide.data);
    expect(text).toMatch(/^code: /);
    expect(text).toContain("jurisdiction: '140525'");
    // Keys in the schema's order, as in the data files (not alphabetical: name before department).
    expect(text.indexOf('\nname: ')).toBeGreaterThan(0);
    expect(text.indexOf('\nname: ')).toBeLessThan(text.indexOf('\ndepartment: '));
    expect(canonicalRecord('guides', reverseKeys(guide.data))).toBe(text);
    expect(canonicalRecord('guides', JSON.parse(JSON.stringify(guide.data)))).toBe(text);

    // The same file written another way: comments, other quoting, keys reversed.
    const files = toFiles(baseRecords());
    files[GUIDE] = `# 注释\n${stringify(reverseKeys(rec(baseRecords(), GUIDE)), { defaultStringType: 'QUOTE_DOUBLE' })}`;
    const again = runSource(memorySource(files)).catalogue.guides.find((g) => g.file === GUIDE)!;
    expect(recordDigest('guides', again.data)).toBe(recordDigest('guides', guide.data));
  });

  it('changes with any value', () => {
    const records = baseRecords();
    rec(records, GUIDE).promisedLimit.value = 14;
    const changed = run(records).catalogue.guides.find((g) => g.file === GUIDE)!;
    const original = run().catalogue.guides.find((g) => g.file === GUIDE)!;
    expect(recordDigest('guides', changed.data)).not.toBe(recordDigest('guides', original.data));
    // A code written as a number is another value than the code as a string.
    expect(recordDigest('jurisdictions', { id: '140525', name: '泽州县' })).not.toBe(recordDigest('jurisdictions', { id: 140525, name: '泽州县' }));
  });
});

describe('the manifest builder', () => {
  const files: [string, Uint8Array][] = [
    ['index.html', new TextEncoder().encode('<p>首页</p>')],
    ['open-data/catalogue.json', new TextEncoder().encode('{}\n')],
  ];

  it('gives the same bytes whatever the order of the files, with records in registry order then by key', () => {
    const result = run();
    const a = manifestJson({ result, files, source: { kind: 'work-tree', reason: '测试' } });
    const b = manifestJson({ result, files: [...files].reverse(), source: { kind: 'work-tree', reason: '测试' } });
    expect(a).toBe(b);
    const parsed = parseManifest(a);
    if (!('manifest' in parsed)) throw new Error(parsed.error);
    expect(parsed.manifest.files).toEqual([
      { path: 'index.html', size: 13, sha256: 'c54011aa9335e760d3a47bf6f5e4b1c2527cab5d608a3d7deb9f82849d2c4cf9' },
      { path: 'open-data/catalogue.json', size: 3, sha256: 'ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356' },
    ]);
    expect(parsed.manifest.records.map((r) => `${r.collection} ${r.key}`)).toEqual(recordDigests(result).map((r) => `${r.collection} ${r.key}`));
    expect(parsed.manifest.records.slice(0, 2).map((r) => r.key)).toEqual(['140500', '140525']);
    expect(parsed.manifest.records.find((r) => r.file === LIST)).toMatchObject({ collection: 'transfers', key: '140525/a', name: '调整通知' });
    expect(parsed.manifest.records.find((r) => r.collection === 'notices')).toMatchObject({ key: 'n1', file: 'src/content/notices/n1.mdx' });
    expect(parsed.manifest.release).toBeUndefined();
  });

  it('records the release when one is given', () => {
    const text = manifestJson({ result: run(), files, source: { kind: 'work-tree', reason: '测试' }, release: { id: '2026-01' } });
    const parsed = parseManifest(text);
    expect('manifest' in parsed && parsed.manifest.release).toEqual({ id: '2026-01' });
  });

  it('parses only a manifest, and says in Chinese what is wrong', () => {
    expect(parseManifest('{')).toEqual({ error: expect.stringMatching(/^不是合法的 JSON/) });
    expect(parseManifest('{"formatVersion": 99}')).toEqual({ error: `格式版本不是 ${MANIFEST_FORMAT_VERSION}：请使用与之相应的 OneSeal 版本核对` });
    const text = manifestJson({ result: run(), files, source: { kind: 'work-tree', reason: '测试' } });
    const broken = JSON.parse(text) as { files: { sha256: string }[] };
    broken.files[0]!.sha256 = 'abc';
    expect(parseManifest(JSON.stringify(broken))).toEqual({ error: expect.stringMatching(/^格式不符：files\.0\.sha256/) });
  });
});

describe('the catalogue state a site is built from', () => {
  it('is the commit of the data when the files are exactly that commit, else the work tree and why', () => {
    const plain = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-plain-'));
    cleanups.push(() => fs.rmSync(plain, { recursive: true, force: true }));
    clearVersionCache();
    expect(builtFrom(plain)).toEqual({ kind: 'work-tree', reason: expect.stringContaining('不是从 git 仓库生成的') });

    const repo = tempRepo('oneseal-manifest-');
    cleanups.push(repo.cleanup);
    const commit = repo.commit(toFiles(baseRecords()), '目录');
    clearVersionCache();
    expect(builtFrom(repo.dir)).toEqual({ kind: 'git', commit });
    repo.git('tag', 'catalogue/2020-12-24', commit);
    clearVersionCache();
    expect(builtFrom(repo.dir)).toEqual({ kind: 'git', commit, name: 'catalogue/2020-12-24' });

    const records = baseRecords();
    rec(records, GUIDE).promisedLimit.value = 14;
    repo.write(toFiles(records));
    clearVersionCache();
    expect(builtFrom(repo.dir)).toEqual({ kind: 'work-tree', reason: `按尚未提交到版本库的修改生成（最近的版本是提交 ${commit}）` });
  });
});
