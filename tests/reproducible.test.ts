/**
 * Reproducible builds: the same commit gives a byte-identical dist/, wherever and whenever it is
 * built and whether or not a cache is there. The shared build of the demo (tests/helpers/demo-site.ts:
 * a fresh checkout, no caches) is compared with a second build of a copy of that repository (code,
 * data and git history) in a differently named directory, with its clock moved 400 days on, in
 * another time zone, and with the caches the first build left (as a CI cache restored into another
 * checkout). Every file's SHA-256 is compared.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_COPIED, SHIFT_CLOCK, astroBuild, type BuildResult, filesUnder, linkNodeModules } from './helpers/build.ts';
import { type DemoSite, demoSite } from './helpers/demo-site.ts';

/** What Astro caches between builds of one checkout: the content store and the generated types. */
const CACHES = ['node_modules/.astro', '.astro'];

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
  // A name of another length than the first checkout's, so a path written into the output would show.
  const root = path.join(temp, 'second-checkout');
  const out = path.join(temp, 'dist');
  let first: DemoSite;
  let second: BuildResult;
  const cached: string[] = [];

  beforeAll(async () => {
    first = await demoSite();
    fs.cpSync(first.root, root, { recursive: true, filter: (src) => !NOT_COPIED.has(path.basename(src)) || path.dirname(src) !== first.root });
    linkNodeModules(root);
    for (const c of CACHES) {
      if (!fs.existsSync(path.join(first.root, c))) continue;
      fs.cpSync(path.join(first.root, c), path.join(root, c), { recursive: true });
      cached.push(c);
    }
    // The second build runs 400 days and 13 hours later, on the other side of the date line.
    second = await astroBuild(root, out, {
      nodeArgs: ['--import', pathToFileURL(SHIFT_CLOCK).href],
      env: { ONESEAL_CLOCK_SHIFT_MS: String((400 * 24 + 13) * 3600_000), TZ: 'Pacific/Kiritimati' },
    });
    console.info(`reproducible.test: shared build ${first.build.ms} ms, second build ${second.ms} ms`);
  }, 600_000);
  afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('builds', () => {
    expect(first.build.code, first.build.output).toBe(0);
    expect(second.code, second.output).toBe(0);
    // The clock really moved: a year and more later, the demo guides are due for review.
    expect(first.build.output).not.toContain('stale-review');
    expect(second.output).toContain('stale-review');
    // And the second build had the first one's caches.
    expect(cached).toEqual(CACHES);
    for (const c of CACHES) expect(fs.existsSync(path.join(root, c)), c).toBe(true);
  });

  it('gives byte-identical output in another directory, at another time, in another time zone, with a cache', () => {
    const files = filesUnder(first.out);
    expect(files.length).toBeGreaterThan(100);
    expect(files).toEqual(expect.arrayContaining(['versions/index.html', `versions/${first.second.slice(0, 10)}/index.html`, 'open-data/catalogue.json', 'open-data/manifest.json', 'pagefind/pagefind-entry.json']));
    expect(differences(first.out, out)).toEqual([]);
  });
});
