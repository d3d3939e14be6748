/**
 * Rule 1: every required element present, typed and from its code list — the zod schemas of
 * src/schemas, applied by the loader (src/io/load.ts) with the messages of src/check/zod-messages.ts.
 */
import { defineRule } from '../rule.ts';

export default defineRule({ id: 'schema', n: 1, title: '必填要素缺失、类型不对或不在代码表中', severity: 'error' });
