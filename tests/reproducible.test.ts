/**
 * Reproducible builds: the same commit gives a byte-identical dist/, wherever and whenever it is
 * built and whether or not a cache is there. Two copies of the project (code, data and git history;
 * no node_modules caches, no dist) in differently named directories are built at the same time, the
 * second with its clock moved 400 days on and in another time zone; then the first is built again
 * with the cache its first build left. Every file's SHA-256 is compared.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIFT_CLOCK, astroBuild, type BuildResult, filesUnder, linkNodeModules } from './helpers/build.ts';
import { REPO } from './helpers/cli.ts';

/** Generated or local entries of the repository that a fresh checkout does not have. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.astro', 'coverage']);

function copyRepository(dir: string): void {
  for (const entry of fs.readdirSync(REPO)) {
    if (NOT_COPIED.has(entry)) continue;
    fs.cpSync(path.join(REPO, entry), path.join(dir, entry), { recursive: true });
  }
  linkNodeModules(dir);
}

function hashes(dir: string): Map<string, string> {
  return new Map(filesUnder(dir).map((f) => [f, createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex')]));
}

/** Files that differ or exist on one side only, in path order; empty when identical. */
export function differences(a: string, b: string): string[] {
  const ha = hashes(a);
  const hb = hashes(b);
  const out: string[] = [];
  for (const f of [...new Set([...ha.keys(), ...hb.keys()])].sort()) {
    if (!hb.has(f)) out.push(`${f}（只在第一次构建中）`);
    else if (!ha.has(f)) out.push(`${f}（只在第二次构建中）`);
    else if (ha.get(f) !== hb.get(f)) out.push(`${f}（内容不同）`);
  }
  return out;
}

describe('building the same commit twice', { timeout: 600_000 }, () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-repro-'));
  // Different lengths, so a path written into the output would show.
  const roots = [path.join(temp, 'a'), path.join(temp, 'second-checkout')];
  const outs = [path.join(temp, 'dist-a'), path.join(temp, 'dist-b'), path.join(temp, 'dist-a-again')];
  let builds: BuildResult[] = [];

  beforeAll(async () => {
    for (const r of roots) {
      fs.mkdirSync(r);
      copyRepository(r);
    }
    // The second build runs 400 days and 13 hours later, on the other side of the date line.
    const later = {
      nodeArgs: ['--import', pathToFileURL(SHIFT_CLOCK).href],
      env: { ONESEAL_CLOCK_SHIFT_MS: String((400 * 24 + 13) * 3600_000), TZ: 'Pacific/Kiritimati' },
    };
    builds = await Promise.all([astroBuild(roots[0]!, outs[0]!, { env: { TZ: 'America/Los_Angeles' } }), astroBuild(roots[1]!, outs[1]!, later)]);
    builds.push(await astroBuild(roots[0]!, outs[2]!)); // with the caches of the first build
    console.info(`reproducible.test: two fresh builds in parallel ${Math.max(builds[0]!.ms, builds[1]!.ms)} ms, rebuild ${builds[2]!.ms} ms`);
  }, 600_000);
  afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('builds', () => {
    for (const b of builds) expect(b.code, b.output).toBe(0);
    // The clock really moved: a year and more later, the demo guides are due for review.
    expect(builds[0]!.output).not.toContain('stale-review');
    expect(builds[1]!.output).toContain('stale-review');
  });

  it('gives byte-identical output in another directory, at another time, in another time zone', () => {
    const files = filesUnder(outs[0]!);
    expect(files.length).toBeGreaterThan(100);
    expect(files).toEqual(expect.arrayContaining(['versions/index.html', 'open-data/catalogue.json', 'pagefind/pagefind-entry.json']));
    expect(differences(outs[0]!, outs[1]!)).toEqual([]);
  });

  it('gives byte-identical output when built again with the caches of the first build', () => {
    expect(differences(outs[0]!, outs[2]!)).toEqual([]);
  });
});
