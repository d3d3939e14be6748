/** A file that is not valid YAML, or repeats a key. Found by the loader (src/io/load.ts) while reading. */
import { defineRule } from '../rule.ts';

export default defineRule({ id: 'yaml-syntax', n: 0, sub: 1, title: 'YAML 语法错误或重复的键', severity: 'error' });
