/**
 * Files where they belong. The loader (src/io/load.ts, src/io/data-files.ts) reports a record in
 * the wrong folder (or in no collection's folder) and every symbolic link. The check below
 * reports a record whose file name is not its key (a matter file renamed after its code changed)
 * and a file under data/ that is neither a record nor an attachment (a guide renamed
 * x.yaml.txt); a diff leaves these out, since they do not change what is compared.
 */
import { COLLECTION_NAMES } from '../../schemas/index.ts';
import { fileNameProblem, strayFiles } from '../../io/data-files.ts';
import { defineRule } from '../rule.ts';

export default defineRule({
  id: 'file-location',
  n: 0,
  sub: 2,
  title: '文件放错了位置、文件名与标识不符、多余的文件或符号链接',
  severity: 'error',
  check(ctx) {
    for (const { file, message } of strayFiles(ctx.source)) ctx.report({ file, locate: () => ({ line: 1, col: 1 }) }, [], message);
    for (const collection of COLLECTION_NAMES) {
      for (const r of ctx.catalogue[collection]) {
        const misnamed = fileNameProblem(collection, r.file, r.data);
        if (misnamed) ctx.report(r, misnamed.path, misnamed.message);
      }
    }
  },
});
