/**
 * Rule 14: a guide gives every element a citizen acts on — the street address and room of the
 * place, the online depth, the exercise mode, whether appointments, online payment and express
 * are offered. The schema leaves them optional so that versions of the catalogue written before
 * they existed still load; this rule requires them in the catalogue being checked. A fact the
 * public record does not give is written as not published (`{ unpublished: true, ask: … }`),
 * which counts as given.
 */
import type { z } from 'zod';
import { guideSchema } from '../../schemas/index.ts';
import { descriptionOf, firstClause, shapeOf, unionOf } from '../../schemas/walk.ts';
import { defineRule } from '../rule.ts';

/** The elements this rule requires, in schema order. */
export const CITIZEN_ELEMENTS = ['address', 'room', 'onlineDepth', 'exerciseMode', 'appointment', 'onlinePayment', 'express'] as const;

const shape = shapeOf(guideSchema)!;
const labelOf = (key: string): string => firstClause(descriptionOf(shape[key] as z.ZodType) ?? key);
/** Whether the element may be written as not published (a union with the `unpublished` statement). */
const mayBeUnpublished = (key: string): boolean => unionOf(shape[key] as z.ZodType) !== undefined;

export default defineRule({
  id: 'guide-elements',
  n: 14,
  title: '办事指南缺少街道地址、房间或窗口、网上办理深度、行使方式、预约办理、网上支付或物流快递',
  severity: 'error',
  check(ctx) {
    for (const r of ctx.catalogue.guides) {
      for (const key of CITIZEN_ELEMENTS) {
        if (r.data[key] !== undefined) continue;
        const how = mayBeUnpublished(key) ? '；公开资料中没有的，写作 { unpublished: true, ask: 可以询问的地方 }' : '';
        ctx.report(r, [key], `缺少办事指南要素“${labelOf(key)}”（${key}）：申请人需要它才能办事，请补上${how}`);
      }
    }
  },
});
