/**
 * A record still holding a blank that `npm run new` left for staff to fill: every string, at any
 * depth of any record, that contains the marker 【待填写：…】 is reported at its field, with what
 * to write there (the label inside the marker). An error, so an unfinished scaffold never builds.
 */
import type { PathSegment } from '../problems.ts';
import { defineRule } from '../rule.ts';

/** The start every blank marker shares; the rule looks for it anywhere in a string. */
export const BLANK_PREFIX = '【待填写';

/** The marker `npm run new` writes where staff must write `label`. */
export const blankMarker = (label: string): string => `${BLANK_PREFIX}：${label}】`;

const MARKER = /【待填写[：:]?([^】]*)】?/u;

/** One blank: where it is and what to write there. */
export interface Blank {
  readonly path: readonly PathSegment[];
  readonly label: string;
}

/** Every string under `value` that holds a blank marker, in document order. */
export function findBlanks(value: unknown, at: readonly PathSegment[] = []): Blank[] {
  const out: Blank[] = [];
  // One path, extended and shortened on the way down, copied only where a blank is found.
  const path = [...at];
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.includes(BLANK_PREFIX)) out.push({ path: [...path], label: MARKER.exec(v)?.[1]?.trim() ?? '' });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        visit(v[i]);
        path.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) {
        if (!Object.hasOwn(v, k)) continue;
        path.push(k);
        visit((v as Record<string, unknown>)[k]);
        path.pop();
      }
    }
  };
  visit(value);
  return out;
}

export default defineRule({
  id: 'unfinished',
  n: 0,
  sub: 3,
  title: '还有 npm run new 留下的“【待填写】”空白没有填写',
  severity: 'error',
  check(ctx) {
    for (const records of Object.values(ctx.catalogue)) {
      for (const r of records) {
        for (const b of findBlanks(r.data)) {
          const what = b.label ? `请在这里写明${b.label}` : '请在这里填写内容';
          ctx.report(r, b.path, `这里还是生成时留下的空白：${what}，并删去“${BLANK_PREFIX}…】”标记`);
        }
      }
    }
  },
});
