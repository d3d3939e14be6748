/** A record in the wrong folder (or in no collection's folder). Found by the loader (src/io/load.ts). */
import { defineRule } from '../rule.ts';

export default defineRule({ id: 'file-location', n: 0, sub: 2, title: '文件放错了位置', severity: 'error' });
