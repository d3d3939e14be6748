/** `npm run check` on a notice with code: it fails, says where, and runs none of it. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, copyDemo } from '../helpers/cli.ts';

describe('npm run check on a notice with code', () => {
  it('fails with the rule id and the line, and runs none of it', () => {
    const demo = copyDemo();
    try {
      const home = path.join(demo.dir, 'home-of-the-check');
      const file = 'src/content/notices/zezhou-2020-12-24.mdx';
      const text = fs.readFileSync(path.join(demo.dir, file), 'utf8');
      const lines = text.split('\n').length;
      fs.writeFileSync(path.join(demo.dir, file), `${text}\nimport fs from "node:fs"\n\n{process.env.HOME}{fs.readFileSync("data/jurisdictions/140525.yaml", "utf8")}\n`);
      const r = spawnSync(process.execPath, [path.join(REPO, 'scripts/check.ts')], {
        cwd: demo.dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', HOME: home },
      });
      expect(r.status, r.stderr).toBe(1);
      const found = r.stdout.split('\n').filter((l) => l.includes('  notice-content  '));
      expect(found.map((l) => l.split('  ')[0])).toEqual([`${file}:${lines + 1}:1`, `${file}:${lines + 3}:1`, `${file}:${lines + 3}:19`]);
      expect(r.stdout + r.stderr).not.toContain(home);
      expect(r.stdout + r.stderr).not.toContain('yaml-language-server'); // nothing of the file it tried to read
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/u); // no stack trace
    } finally {
      demo.cleanup();
    }
  });
});
