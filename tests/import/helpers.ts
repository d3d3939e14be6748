/**
 * A temporary catalogue for importer tests: the demo's data and notices, plus a second county
 * (陵川县, 140524) with its own departments, and an in-process runner of the import command.
 */
import fs from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/import.ts';
import { REPO, copyDemo, runCommand } from '../helpers/cli.ts';

export const FIXTURES = path.join(REPO, 'tests/fixtures/notices');

const LINGCHUAN_DEPARTMENTS: readonly (readonly [id: string, name: string, role: string])[] = [
  ['xzspj', '陵川县行政审批服务管理局', '行政审批服务管理局'],
  ['jtysj', '陵川县交通运输局', '行业主管部门'],
  ['wjtyj', '陵川县卫生健康和体育局', '行业主管部门'],
  ['lyj', '陵川县林业局', '行业主管部门'],
  ['zjj', '陵川县住房和城乡建设局', '行业主管部门'],
];

/** A copy of the demo with 陵川县 added; `files()` lists every file below it, for “nothing written”. */
export function lingchuanCatalogue() {
  const demo = copyDemo();
  const data = path.join(demo.dir, 'data');
  fs.writeFileSync(
    path.join(data, 'jurisdictions/140524.yaml'),
    "id: '140524'\nname: 陵川县\nfullName: 山西省晋城市陵川县\nlevel: 县级\nparent: '140500'\n",
  );
  fs.mkdirSync(path.join(data, 'departments/140524'));
  for (const [id, name, role] of LINGCHUAN_DEPARTMENTS) {
    const short = name.replace(/^陵川/u, '');
    fs.writeFileSync(path.join(data, `departments/140524/${id}.yaml`), `id: ${id}\njurisdiction: '140524'\nname: ${name}\nshortName: ${short}\nrole: ${role}\n`);
  }
  const files = () => (fs.readdirSync(demo.dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).sort();
  return { ...demo, files };
}

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm run import -- …args` in `cwd`, in process. */
export async function runImport(args: string[], cwd = REPO): Promise<Run> {
  const r = await runCommand(main, args, cwd);
  return { code: r.code ?? 2, stdout: r.stdout, stderr: r.stderr };
}
