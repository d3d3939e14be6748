/** Rule 3: every reference resolves — to a jurisdiction, department, matter or sub-item, form or notice. */
import { deptKey } from '../../domain/catalogue.ts';
import type { Loaded } from '../../io/load.ts';
import type { PathSegment } from '../problems.ts';
import { type RuleContext, defineRule, wasRejected } from '../rule.ts';

type Ref = { rec: Loaded<unknown>; path: PathSegment[]; what: string; value: string; exists: boolean; hint: string };

function check(ctx: RuleContext, refs: Ref[]) {
  for (const r of refs) {
    if (!r.exists) ctx.report(r.rec, r.path, `找不到${r.what}“${r.value}”：${r.hint}`);
  }
}

function checkReferences(ctx: RuleContext): void {
  const { index } = ctx;
  const refs: Ref[] = [];
  const jur = (rec: Loaded<unknown>, path: PathSegment[], value: string) =>
    refs.push({ rec, path, what: '区划', value, exists: index.jurisdictions.has(value) || wasRejected(ctx, 'jurisdictions', { id: value }), hint: '请先在 data/jurisdictions/ 中建立该区划，或改正区划代码' });
  const dept = (rec: Loaded<unknown>, path: PathSegment[], j: string, value: string) =>
    refs.push({
      rec,
      path,
      what: `区划 ${j} 的部门`,
      value,
      exists: !index.jurisdictions.has(j) || index.departments.has(deptKey(j, value)) || wasRejected(ctx, 'departments', { jurisdiction: j, id: value }),
      hint: `请在 data/departments/${j}/ 中建立该部门，或改用已有的部门标识（${index.departmentsOf(j).map((d) => d.data.id).join('、') || '无'}）`,
    });
  const matter = (rec: Loaded<unknown>, path: PathSegment[], value: string) =>
    refs.push({ rec, path, what: '基本目录事项或子项', value, exists: index.matters.has(value) || wasRejected(ctx, 'matters', { code: value }), hint: '请先在 data/matters/ 中录入该事项（或其子项），或改正基本编码' });
  const form = (rec: Loaded<unknown>, path: PathSegment[], value: string) =>
    refs.push({ rec, path, what: '表格', value, exists: index.forms.has(value) || wasRejected(ctx, 'forms', { id: value }), hint: '请在 data/forms/ 中建立该表格（含空表和样表），或改正表格标识' });
  const notice = (rec: Loaded<unknown>, path: PathSegment[], value: string) =>
    refs.push({ rec, path, what: '政策文件', value, exists: index.notices.has(value) || wasRejected(ctx, 'notices', { id: value }), hint: '请在 src/content/notices/ 中建立该文件（文件名即标识），或改正标识' });

  for (const r of ctx.catalogue.jurisdictions) if (r.data.parent) jur(r, ['parent'], r.data.parent);
  for (const r of ctx.catalogue.departments) jur(r, ['jurisdiction'], r.data.jurisdiction);
  for (const r of ctx.catalogue.matters) r.data.notices.forEach((n, i) => notice(r, ['notices', i], n));
  for (const r of ctx.catalogue.guides) {
    const g = r.data;
    jur(r, ['jurisdiction'], g.jurisdiction);
    dept(r, ['department'], g.jurisdiction, g.department);
    matter(r, ['matter'], g.matter);
    g.materials.forEach((m, i) => m.formRef && form(r, ['materials', i, 'formRef'], m.formRef));
    if (g.result.sample) form(r, ['result', 'sample'], g.result.sample);
    g.notices.forEach((n, i) => notice(r, ['notices', i], n));
  }
  for (const r of ctx.catalogue.transfers) {
    const t = r.data;
    jur(r, ['jurisdiction'], t.jurisdiction);
    if (t.notice) notice(r, ['notice'], t.notice);
    t.entries.forEach((e, i) => {
      matter(r, ['entries', i, 'matter'], e.matter);
      dept(r, ['entries', i, 'from'], t.jurisdiction, e.from);
      dept(r, ['entries', i, 'to'], t.jurisdiction, e.to);
    });
  }
  for (const r of ctx.catalogue.responsibilities) {
    const d = r.data;
    const j = d.jurisdiction;
    jur(r, ['jurisdiction'], j);
    matter(r, ['matter'], d.matter);
    dept(r, ['approval', 'department'], j, d.approval.department);
    d.supervision.forEach((s, i) => dept(r, ['supervision', i, 'department'], j, s.department));
    d.pushes.forEach((p, i) => {
      dept(r, ['pushes', i, 'from'], j, p.from);
      dept(r, ['pushes', i, 'to'], j, p.to);
    });
    d.technicalSupport.forEach((t, i) => {
      dept(r, ['technicalSupport', i, 'lead'], j, t.lead);
      t.cooperating.forEach((c, k) => dept(r, ['technicalSupport', i, 'cooperating', k], j, c));
    });
    d.notices.forEach((n, i) => notice(r, ['notices', i], n));
  }
  for (const r of ctx.catalogue.tongban) {
    jur(r, ['jurisdiction'], r.data.jurisdiction);
    if (r.data.notice) notice(r, ['notice'], r.data.notice);
    r.data.entries.forEach((e, i) => matter(r, ['entries', i, 'matter'], e.matter));
  }
  for (const r of ctx.catalogue.notices) {
    jur(r, ['jurisdiction'], r.data.jurisdiction);
    r.data.basis.forEach((n, i) => notice(r, ['basis', i], n));
  }
  check(ctx, refs);
}

export default defineRule({
  id: 'unresolved-reference',
  n: 3,
  sub: 2,
  title: '引用的部门、区划、事项、表格或文件不存在',
  severity: 'error',
  check: checkReferences,
});
