/**
 * A hint (rule 0): a guide whose 受理条件, 申请材料, 时限, 收费 or 实施部门 (MAJOR_GUIDE_FIELDS) differ
 * from the last release's state must come with a release that notes the change. The last release
 * is the newest one whose record is committed; its state is computed from the catalogue of the
 * revision that added the record (src/domain/releases.ts). A release added since (committed or
 * not) notes a guide in `majorChanges`. Without history (no git, a copy of the files) nothing is
 * compared.
 */
import { MAJOR_GUIDE_FIELDS, majorChanges, releaseState, releasesInOrder } from '../../domain/releases.ts';
import { formatDate } from '../../site/format.ts';
import { loadCatalogue } from '../../io/load.ts';
import { fieldLabel } from '../../schemas/index.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'major-change',
  n: 0,
  title: '办事指南的申请材料、受理条件、时限、收费或实施部门自上次发布以来有变化，却没有发布写明变更说明',
  details: `重大变更指 ${MAJOR_GUIDE_FIELDS.map((f) => fieldLabel('guides', f)).join('、')} 的变化；在其后新建的发布（data/releases/）的 majorChanges 中逐份说明`,
  severity: 'warning',
  check(ctx) {
    const releases = releasesInOrder(ctx.catalogue);
    let last: (typeof releases)[number] | undefined;
    let base: ReturnType<NonNullable<typeof ctx.source.addedIn>>;
    for (const r of [...releases].reverse()) {
      base = ctx.source.addedIn?.(r.file);
      if (base) {
        last = r;
        break;
      }
    }
    if (!last || !base) return;
    let state;
    try {
      state = releaseState(loadCatalogue(base.source).catalogue, last.data);
    } catch {
      return; // the revision cannot be read: nothing to compare with
    }
    const inState = new Set(state.catalogue.releases.map((r) => r.data.id));
    const noted = new Set(ctx.catalogue.releases.filter((r) => !inState.has(r.data.id)).flatMap((r) => r.data.majorChanges.map((m) => m.guide)));
    for (const g of ctx.catalogue.guides) {
      const before = state.index.guides.get(g.data.code);
      if (!before || noted.has(g.data.code)) continue;
      const fields = majorChanges(before.data, g.data);
      if (fields.length === 0) continue;
      const what = fields.map((f) => fieldLabel('guides', f)).join('、');
      ctx.report(
        g,
        [fields[0]!],
        `自上次发布（${last.data.title}，${formatDate(last.data.date)}）以来，本指南的${what}有变化，属于重大变更：请在 data/releases/${g.data.jurisdiction}/ 中新建一次发布，并在它的 majorChanges 中写明本指南（${g.data.code}）的变更说明`,
      );
    }
  },
});
