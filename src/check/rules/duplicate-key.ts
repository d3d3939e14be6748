/** Rule 3: every key is unique — records within a collection, codes across matters and sub-items, entries within a list. */
import type { Loaded } from '../../io/load.ts';
import { COLLECTIONS, COLLECTION_NAMES } from '../../schemas/index.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'duplicate-key',
  n: 3,
  sub: 1,
  title: '编码或标识重复',
  severity: 'error',
  check(ctx) {
    for (const name of COLLECTION_NAMES) {
      const def = COLLECTIONS[name];
      const seen = new Map<string, Loaded<unknown>>();
      for (const rec of ctx.catalogue[name] as Loaded<unknown>[]) {
        const key = (def.key as (d: unknown) => string)(rec.data);
        const first = seen.get(key);
        if (first) {
          const keyPath = name === 'matters' || name === 'guides' ? 'code' : name === 'responsibilities' ? 'matter' : 'id';
          ctx.report(rec, [keyPath], `${def.title}的${def.keyLabel}“${key}”与 ${first.file} 重复：一个${def.title}只能有一个文件，请合并或改正编码`);
        } else seen.set(key, rec);
      }
    }
    // Codes are one namespace across matters and sub-items: 一子项一编码.
    const owner = new Map<string, string>();
    for (const m of ctx.catalogue.matters) if (!owner.has(m.data.code)) owner.set(m.data.code, m.file);
    for (const m of ctx.catalogue.matters) {
      m.data.subItems.forEach((s, i) => {
        const other = owner.get(s.code);
        if (other) ctx.report(m, ['subItems', i, 'code'], `子项编码“${s.code}”已被 ${other} 使用：一子项一编码，请改正`);
        else owner.set(s.code, m.file);
      });
    }
    // A list names each matter once.
    for (const r of ctx.catalogue.transfers) {
      const seenEntry = new Map<string, number>();
      r.data.entries.forEach((e, i) => {
        const first = seenEntry.get(e.matter);
        if (first !== undefined) ctx.report(r, ['entries', i, 'matter'], `“${e.name}”（${e.matter}）在本清单中出现了两次（另见第 ${first + 1} 项）：请删除重复的条目`);
        else seenEntry.set(e.matter, i);
      });
    }
  },
});
